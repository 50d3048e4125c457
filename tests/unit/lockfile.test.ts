import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

// `npm ci` (CI's install) refuses a lock that lacks any optional dependency, and the registry
// mirror here drops other platforms' native packages; scripts/lockfile-platforms.mjs adds them.
describe('package-lock.json', () => {
  it('lists every optional dependency, so npm ci accepts it', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>;
    };
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = `${path ? `${path}/` : ''}node_modules/${dep}`;
        if (!lock.packages[nested] && !lock.packages[`node_modules/${dep}`]) missing.push(dep);
      }
    }
    expect(missing, 'run `npm run lockfile:fix`').toEqual([]);
  });
});
