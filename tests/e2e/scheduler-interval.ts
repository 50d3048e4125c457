/**
 * How often the article scheduler's loop runs in the server the browser tests start (production:
 * 30 s, lib/articles/scheduler-loop.ts). Short, so that a test can wait for a scheduled article.
 */
export const E2E_SCHEDULER_SECONDS = Number(process.env.ARTICLE_SCHEDULER_SECONDS ?? 2);
