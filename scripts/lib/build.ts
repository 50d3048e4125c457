import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const stampFile = path.join(root, '.next', 'portal-build-stamp');
const sources = ['app', 'components', 'lib', 'public', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs', 'prisma/schema.prisma'];

function walk(target: string, out: string[]) {
  if (!existsSync(target)) return;
  const stat = statSync(target);
  if (stat.isFile()) {
    out.push(`${path.relative(root, target)}:${stat.size}:${stat.mtimeMs}`);
    return;
  }
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'generated') continue;
    walk(path.join(target, entry), out);
  }
}

/** A fingerprint of everything that goes into `next build`, so a start rebuilds only when needed. */
export function sourceFingerprint(): string {
  const files: string[] = [];
  for (const s of sources) walk(path.join(root, s), files);
  return createHash('sha256').update(files.sort().join('\n')).digest('hex');
}

export function isBuildFresh(): boolean {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID')) || !existsSync(stampFile)) return false;
  return readFileSync(stampFile, 'utf8') === sourceFingerprint();
}

export function build(): void {
  const result = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('next build failed');
  writeFileSync(stampFile, sourceFingerprint());
}

export function buildIfStale(log: (line: string) => void): void {
  if (isBuildFresh()) {
    log('Bản build hiện có vẫn mới, bỏ qua bước build.');
    return;
  }
  log('Đang build giao diện (lần đầu mất vài phút)…');
  build();
}
