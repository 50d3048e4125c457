// Runs `prisma generate` offline. Generation itself runs in WebAssembly, but the CLI insists on
// locating a native schema engine first, which cannot be downloaded here; pointing it at any
// executable satisfies that check (see docs/decisions/0001-sql-migrations-own-runner.md).
import { spawnSync } from 'node:child_process';

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

const result = spawnSync('npx', ['prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
