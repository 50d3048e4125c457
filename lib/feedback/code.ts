import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L, 5/S or 2/Z: a code read out over the phone or copied by hand stays unambiguous. */
const ALPHABET = '346789ABCDEFGHJKMNPQRTUVWXY';

/**
 * A feedback's tracking code, "YK-7Q3M-K9TD": 8 characters from 27 (~38 bits), enough that codes
 * cannot be guessed to read other people's feedback. `draw` is replaceable so the seed is
 * deterministic.
 */
export function newFeedbackCode(draw: (n: number) => number = randomInt): string {
  let chars = '';
  for (let i = 0; i < 8; i++) chars += ALPHABET[draw(ALPHABET.length)];
  return `YK-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** The canonical form of a typed code: upper case, dashes and spaces optional. */
export function normalizeFeedbackCode(input: string): string | null {
  const compact = input.normalize('NFC').toUpperCase().replace(/[\s-]/g, '');
  const body = compact.startsWith('YK') ? compact.slice(2) : compact;
  if (body.length !== 8 || [...body].some((c) => !ALPHABET.includes(c))) return null;
  return `YK-${body.slice(0, 4)}-${body.slice(4)}`;
}
