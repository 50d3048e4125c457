// The npm registry mirror these machines use serves native packages only for Linux, so
// `npm install` leaves the other platforms' optional packages (e.g. @next/swc-darwin-arm64,
// @tailwindcss/oxide-win32-x64-msvc) out of package-lock.json, and `npm ci` then refuses the lock
// as out of sync. This adds the missing entries, with the os/cpu that make npm skip them here and
// fetch them on a machine of that platform. Run after changing dependencies: npm run lockfile:fix
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

const platformOf = (name) => {
  const os = ['android', 'darwin', 'freebsd', 'linux', 'win32', 'openbsd', 'netbsd', 'sunos', 'aix'].find((o) =>
    new RegExp(`[-/]${o}-`).test(name),
  );
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 'ppc64', 's390x', 'loong64'].find((c) =>
    new RegExp(`-${c}(-|$)`).test(name),
  );
  return { os, cpu };
};

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/` : 'node_modules/';
    if (packages[`${base}${dep}`] || packages[`node_modules/${dep}`]) continue;
    const { os, cpu } = platformOf(dep);
    if (!cpu) continue;
    packages[`node_modules/${dep}`] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
      cpu: [cpu],
    };
    added += 1;
  }
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform entr${added === 1 ? 'y' : 'ies'} added.`);
