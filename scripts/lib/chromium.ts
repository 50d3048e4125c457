import { existsSync } from 'node:fs';

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH, else Debian's package, else the build
 * carried inside the npm package @sparticuz/chromium (unpacked on first use), so `npm test`
 * works on a fresh clone with npm alone. Playwright's own browser download is not possible here.
 */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}
