/**
 * Runs once when a server process starts (Next.js instrumentation hook). Starts the article
 * scheduler (lib/articles/scheduler-loop.ts) in the Node.js runtime of a running server, never
 * during `next build` (no database then).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build' || !process.env.DATABASE_URL) return;
  if (process.env.ARTICLE_SCHEDULER === 'off') return;
  const { startArticleScheduler } = await import('./lib/articles/scheduler-loop');
  startArticleScheduler();
}
