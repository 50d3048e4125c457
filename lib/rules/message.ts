/**
 * Messages of data-entry rules are data (ValidationRule.message), written by staff in Vietnamese
 * with {placeholders} that the check fills in: "Hợp tác xã cần tối thiểu {min} thành viên chính
 * thức (hiện có {actual})." A placeholder the check does not know is left as written, so a typo
 * shows up on screen instead of silently vanishing (and the admin form refuses it anyway).
 */

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9_]*)\}/g;

export function fillMessage(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? values[name] : whole));
}

/** The placeholder names a message uses, in order of first appearance. */
export function placeholdersOf(template: string): string[] {
  const out: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) if (!out.includes(match[1])) out.push(match[1]);
  return out;
}

/** Counts the way legal texts write them: "05 thành viên", "12 thành viên". */
export function legalCount(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : String(n);
}
