import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../lib/database/embedded';

export const dataDir = path.join(process.cwd(), '.data');
export const embeddedDir = path.join(dataDir, 'pglite');
const lockFile = path.join(dataDir, 'pglite.pid');

export type Connection = { url: string; embedded: EmbeddedDatabase | null; description: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The database the portal uses: the server DATABASE_URL names, or else the embedded PGlite whose
 * files live under .data/pglite. PGlite is single-process, so a pid file guards the directory.
 */
export async function openDatabase(options: { port?: number } = {}): Promise<Connection> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: null, description: `PostgreSQL ${redact(url)}` };

  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `Cơ sở dữ liệu nhúng (.data/pglite) đang được tiến trình ${pid} sử dụng. ` +
          'Dừng tiến trình đó (Ctrl+C) trước khi chạy lại.',
      );
    }
  }
  const embedded = await startEmbeddedDatabase({ dataDir: embeddedDir, port: options.port ?? 54329 });
  writeFileSync(lockFile, String(process.pid));
  const stop = embedded.stop;
  embedded.stop = async () => {
    await stop();
    rmSync(lockFile, { force: true });
  };
  return {
    url: embedded.url,
    embedded,
    description: `PostgreSQL nhúng (PGlite) tại .data/pglite, cổng ${embedded.port}`,
  };
}

export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(DATABASE_URL)';
  }
}
