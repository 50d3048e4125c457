/**
 * vi-VN number formatting: `412.296.737.000 đồng`, `66.807,55 ha`, `74,5%`.
 * Money is integer đồng (bigint) and areas are Decimal: both are formatted exactly, through
 * Intl's string/bigint input, never through a float.
 */

/** Anything Prisma hands back for a number: Int, BigInt, Decimal (decimal.js), or a numeric string. */
export type Numeric = number | bigint | string | DecimalLike;

/** The part of Prisma's Decimal (decimal.js) this module needs. */
export type DecimalLike = { toFixed(decimalPlaces?: number): string };

const LOCALE = 'vi-VN';
const NUMERIC_STRING = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

type IntlInput = number | bigint | Intl.StringNumericLiteral;

function toIntlInput(value: Numeric): IntlInput {
  if (typeof value === 'number' || typeof value === 'bigint') return value;
  // toFixed() without digits never switches to exponent notation and keeps every digit.
  const text = (typeof value === 'string' ? value : value.toFixed()).trim();
  if (!NUMERIC_STRING.test(text)) throw new TypeError(`Not a number: "${text}"`);
  return text as Intl.StringNumericLiteral;
}

export type NumberOptions = { minimumFractionDigits?: number; maximumFractionDigits?: number };

/** 1234567.5 → "1.234.567,5"; 412296737000n → "412.296.737.000". Up to 2 decimals by default. */
export function formatNumber(value: Numeric, options: NumberOptions = {}): string {
  const maximumFractionDigits = options.maximumFractionDigits ?? 2;
  const minimumFractionDigits = Math.min(options.minimumFractionDigits ?? 0, maximumFractionDigits);
  return new Intl.NumberFormat(LOCALE, { minimumFractionDigits, maximumFractionDigits }).format(
    toIntlInput(value),
  );
}

/** Integer đồng: 412296737000n → "412.296.737.000 đồng". */
export function formatMoney(value: Numeric): string {
  return `${formatNumber(value, { maximumFractionDigits: 0 })} đồng`;
}

const SCALES: readonly { digits: number; unit: string }[] = [
  { digits: 9, unit: 'tỷ đồng' },
  { digits: 6, unit: 'triệu đồng' },
];

/**
 * Large sums the way reports print them: 412296737000n → "412,3 tỷ đồng"; below a million,
 * the full figure. Exact: the decimal point is moved in the digits, not by dividing a float.
 */
export function formatMoneyShort(value: Numeric, fractionDigits = 1): string {
  const digits = toIntlInput(typeof value === 'number' ? BigInt(Math.round(value)) : value);
  const text = String(digits);
  const negative = text.startsWith('-');
  const whole = (negative || text.startsWith('+') ? text.slice(1) : text).split('.')[0].replace(/^0+(?=\d)/, '');
  for (const { digits: n, unit } of SCALES) {
    if (whole.length > n) {
      const shifted = `${negative ? '-' : ''}${whole.slice(0, whole.length - n)}.${whole.slice(whole.length - n)}`;
      return `${formatNumber(shifted, { maximumFractionDigits: fractionDigits })} ${unit}`;
    }
  }
  return formatMoney(value);
}

/** Hectares with two decimals: "66.807,55 ha". */
export function formatArea(value: Numeric): string {
  return `${formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ha`;
}

/**
 * A percentage given in percent (74.5 → "74,5%"), as reports write "đạt 74%".
 * Pass a ratio with { ratio: true } (0.745 → "74,5%").
 */
export function formatPercent(value: number, options: { fractionDigits?: number; ratio?: boolean } = {}): string {
  const percent = options.ratio ? value * 100 : value;
  return `${formatNumber(percent, { maximumFractionDigits: options.fractionDigits ?? 1 })}%`;
}
