import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The public site's bar (WCAG 2.1 A and AA); workspace pages are held to every axe rule. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21aa'];

/** axe finds no serious or critical violation on the page as it stands. */
export async function expectAccessible(page: Page, what: string = page.url(), tags?: string[]) {
  const builder = new AxeBuilder({ page });
  const results = await (tags ? builder.withTags(tags) : builder).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(serious, `axe on ${what}`).toEqual([]);
}
