/**
 * Small helpers for writing the demo news in Vietnamese: numbers, money and dates in the forms
 * the alliance's own reports use ("17 tỷ 942 triệu đồng", "14/7/2023"), place names in running
 * text, and bylines.
 */
import type { ArticleStatus } from '@/lib/generated/prisma/enums';

import type { CATEGORIES } from './articles';
import { REFORM_DATE, SEED_TODAY } from './dates';
import type { Illustration } from './illustrations';
import type { Rng } from './random';

export type CategorySlug = (typeof CATEGORIES)[number]['slug'];

export type Figure = { art: () => Illustration; alt: string; caption: string };

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h2'; text: string }
  | { kind: 'ul'; items: string[] }
  | { kind: 'table'; caption: string; head: string[]; rows: string[][] }
  | { kind: 'quote'; text: string }
  | { kind: 'figure'; figure: Figure };

export type NewsItem = {
  date: Date;
  category: CategorySlug;
  title: string;
  summary: string;
  blocks: Block[];
  sourceLine: string;
  featured?: boolean;
  status?: ArticleStatus;
  cover?: Figure;
  orgIds?: number[];
  /** The title it was first published under; its slug becomes an alias of the current one. */
  formerTitle?: string;
};

export const p = (text: string): Block => ({ kind: 'p', text });

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 55264 → "55.264" */
export const num = (n: number) => integer.format(Math.round(n));
/** 66807.55 → "66.807,55 ha" */
export const ha = (n: number) => `${decimal.format(n)} ha`;
export const pct = (part: number, whole: number) => `${oneDecimal.format(whole ? (part * 100) / whole : 0)}%`;
export const two = (n: number) => String(n).padStart(2, '0');

/** Money as the reports write it: "412 tỷ 297 triệu đồng", "750 triệu đồng", "1 tỷ đồng". */
export function money(amount: number): string {
  const millions = Math.round(amount / 1_000_000);
  const ty = Math.floor(millions / 1000);
  const trieu = millions % 1000;
  if (ty === 0) return `${num(trieu)} triệu đồng`;
  if (trieu === 0) return `${num(ty)} tỷ đồng`;
  return `${num(ty)} tỷ ${trieu} triệu đồng`;
}

/** "3,4 tỷ đồng" for short labels. */
export const moneyShort = (amount: number) => (amount >= 1e9 ? `${oneDecimal.format(amount / 1e9)} tỷ đồng` : `${num(amount / 1e6)} triệu đồng`);

/** "12/3/2024", as running text writes dates (no leading zeros). */
export const dmy = (d: Date) => `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
/** "12/03/2024" */
export const ddmmyyyy = (d: Date) => `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;

export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
export const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Huyện Giồng Riềng" → "huyện Giồng Riềng"; proper names ("Hà Nội", "Rạch Giá") stay as they are. */
export function inText(location: string): string {
  return /^(Huyện|Xã|Phường|Đặc khu|Thành phố|Tỉnh|Thị trấn|Toàn tỉnh)(?=\s|$)/.test(location) ? lowerFirst(location) : location;
}

export const provinceAt = (date: Date) => (date < REFORM_DATE ? 'Kiên Giang' : 'An Giang');

/** A publication time on `day` (+ offset days), during office hours in Vietnam, never after the seed's today. */
export function publishAt(day: Date, rng: Rng, minDays = 0, maxDays = 2): Date {
  const d = new Date(day.getTime() + rng.int(minDays, maxDays) * 86_400_000);
  const hour = rng.int(7, 16);
  const minute = rng.int(0, 59);
  const at = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour - 7, minute));
  const latest = new Date(SEED_TODAY.getTime() + 2 * 3_600_000);
  return at > latest ? latest : at;
}

const REPORTERS = ['Thanh Tâm', 'Minh Anh', 'Ngọc Hân', 'Hoàng Phúc', 'Tuyết Trinh', 'Kim Ngân', 'Quốc Bảo', 'Trúc Linh', 'Văn Khải', 'Hồng Nhi'];

/** The line printed under an article: who wrote it, or where it comes from. */
export function byline(rng: Rng, date: Date, style: 'news' | 'feature' | 'office' | 'press' = 'news'): string {
  const name = rng.pick(REPORTERS);
  if (style === 'office') return 'Văn phòng Liên minh HTX tỉnh';
  if (style === 'press') return date < REFORM_DATE ? `${name} (Theo Báo Kiên Giang)` : `${name} (Theo Báo An Giang)`;
  if (style === 'feature') return rng.chance(0.5) ? `Bài và ảnh: ${name}` : `${name} – Liên minh HTX tỉnh`;
  return rng.pick([`Tin và ảnh: ${name}`, `Tin: ${name}`, `${name} – Liên minh HTX tỉnh`]);
}

const FEMALE_GIVEN = new Set([
  'Lan', 'Hoa', 'Mai', 'Hương', 'Thảo', 'Trang', 'Nhung', 'Hạnh', 'Loan', 'Phượng', 'Diễm', 'Tuyết', 'Yến', 'Ngân', 'Hằng', 'Thủy',
  'Liên', 'Vân', 'Cúc', 'Đào', 'Nga', 'Oanh', 'Trinh', 'Xuân', 'Bé', 'Thơm', 'Sương', 'Kiều', 'Quyên', 'Nhi', 'Chi', 'My', 'Dung', 'Tiên', 'Ánh',
]);

/** "ông" or "bà" before a person's name, from the given name the seed chose. */
export function honorific(name: string): 'ông' | 'bà' {
  const words = name.split(' ');
  return words.includes('Thị') || FEMALE_GIVEN.has(words[words.length - 1]) ? 'bà' : 'ông';
}
