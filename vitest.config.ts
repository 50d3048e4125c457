import path from 'node:path';

import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname);
// 'server-only' throws outside React Server Components; server modules are plain Node here.
const alias = { '@': root, 'server-only': path.join(root, 'tests/setup/server-only.ts') };

export default defineConfig({
  resolve: { alias },
  test: {
    // Integration tests each start a database; two workers fit the 2-core machines.
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/console.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/setup/global-database.ts'],
          setupFiles: ['tests/setup/console.ts', 'tests/setup/database.ts', 'tests/setup/next-runtime.ts'],
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
