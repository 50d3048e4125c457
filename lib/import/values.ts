/**
 * Cell text → the strings the register's forms accept, for the values communes write in their
 * lists: "HTX", "Tổ hợp tác", "x", "Có", "Thành viên chính thức", "1.500" in a column headed
 * "(triệu đồng)", an Excel day number. What cannot be understood is a Vietnamese message; the
 * form's own schema then checks the result exactly as it checks a typed form.
 */
import type { AllianceMembership, MemberKind, MemberType, OrgKind, Sector } from '@/lib/generated/prisma/enums';
import { SECTOR_LABELS } from '@/lib/organizations/sectors';

import { fold, foldName } from './fold';

export type Converted = { value: string; warning?: string } | { error: string };

// ───────────────────────────── Enumerations ─────────────────────────────

const KIND_WORDS: Record<string, OrgKind> = {
  'hop tac xa': 'COOPERATIVE',
  htx: 'COOPERATIVE',
  cooperative: 'COOPERATIVE',
  'lien hiep hop tac xa': 'UNION',
  'lien hiep htx': 'UNION',
  lhhtx: 'UNION',
  'lien hiep': 'UNION',
  union: 'UNION',
  'to hop tac': 'GROUP',
  tht: 'GROUP',
  group: 'GROUP',
  'quy tin dung nhan dan': 'CREDIT_FUND',
  'quy tin dung': 'CREDIT_FUND',
  qtdnd: 'CREDIT_FUND',
  credit_fund: 'CREDIT_FUND',
  'credit fund': 'CREDIT_FUND',
};

export function parseKind(text: string): Converted {
  const f = fold(text);
  const kind = KIND_WORDS[f];
  if (kind) return { value: kind };
  return { error: `Loại hình “${text}” không rõ: ghi Hợp tác xã, Liên hiệp HTX, Tổ hợp tác hoặc Quỹ tín dụng nhân dân.` };
}

/** The kind a name announces ("Hợp tác xã …", "Tổ hợp tác …"), when no kind column is given. */
export function kindFromName(name: string): OrgKind | null {
  const f = foldName(name);
  if (f.startsWith('lien hiep hop tac xa')) return 'UNION';
  if (f.startsWith('quy tin dung nhan dan') || f.startsWith('quy tin dung')) return 'CREDIT_FUND';
  if (f.startsWith('to hop tac')) return 'GROUP';
  if (f.startsWith('hop tac xa')) return 'COOPERATIVE';
  return null;
}

const SECTOR_WORDS: Record<string, Sector> = {
  ...Object.fromEntries((Object.keys(SECTOR_LABELS) as Sector[]).map((s) => [fold(SECTOR_LABELS[s]), s])),
  ...Object.fromEntries((Object.keys(SECTOR_LABELS) as Sector[]).map((s) => [s.toLowerCase().replace(/_/g, ' '), s])),
  'trong trot': 'CROP_LIVESTOCK',
  'chan nuoi': 'CROP_LIVESTOCK',
  'trong trot chan nuoi': 'CROP_LIVESTOCK',
  'nong nghiep trong trot': 'CROP_LIVESTOCK',
  'dich vu nong nghiep': 'CROP_LIVESTOCK',
  'san xuat nong nghiep': 'CROP_LIVESTOCK',
  'lam nghiep': 'FORESTRY',
  'trong rung': 'FORESTRY',
  'thuy san': 'FISHERY',
  'nuoi trong thuy san': 'FISHERY',
  'khai thac thuy san': 'FISHERY',
  'ngu nghiep': 'FISHERY',
  'diem nghiep': 'SALT',
  'san xuat muoi': 'SALT',
  'lam muoi': 'SALT',
  muoi: 'SALT',
  'cn ttcn': 'INDUSTRY_HANDICRAFT',
  'cong nghiep': 'INDUSTRY_HANDICRAFT',
  'tieu thu cong nghiep': 'INDUSTRY_HANDICRAFT',
  'cong nghiep tieu thu cong nghiep': 'INDUSTRY_HANDICRAFT',
  'thu cong my nghe': 'INDUSTRY_HANDICRAFT',
  'tieu thu cong nghiep lang nghe': 'INDUSTRY_HANDICRAFT',
  'xay dung': 'CONSTRUCTION',
  'van tai': 'TRANSPORT',
  'giao thong van tai': 'TRANSPORT',
  'gtvt': 'TRANSPORT',
  'thuong mai': 'TRADE_SERVICE',
  'dich vu': 'TRADE_SERVICE',
  'thuong mai dich vu': 'TRADE_SERVICE',
  'tm dv': 'TRADE_SERVICE',
  cho: 'TRADE_SERVICE',
  'quan ly cho': 'TRADE_SERVICE',
  'moi truong': 'ENVIRONMENT',
  've sinh moi truong': 'ENVIRONMENT',
  'thu gom rac': 'ENVIRONMENT',
  'dien nuoc': 'OTHER_NON_AGRICULTURE',
  'nuoc sach': 'OTHER_NON_AGRICULTURE',
  'khac': 'OTHER_NON_AGRICULTURE',
  'phi nong nghiep': 'OTHER_NON_AGRICULTURE',
  'tin dung': 'CREDIT',
  'quy tin dung': 'CREDIT',
};

export function parseSector(text: string): Converted {
  const f = fold(text);
  const sector = SECTOR_WORDS[f];
  if (sector) return { value: sector };
  // "Nông nghiệp" alone is a group, not a sector; most commune lists mean farming by it.
  if (f === 'nong nghiep' || f === 'nong lam ngu nghiep') {
    return { value: 'CROP_LIVESTOCK', warning: `Lĩnh vực “${text}” được hiểu là “Trồng trọt, chăn nuôi”.` };
  }
  return { error: `Lĩnh vực “${text}” không rõ: ghi theo danh mục, ví dụ “Trồng trọt, chăn nuôi”, “Thủy sản”, “Thương mại - dịch vụ - chợ”.` };
}

const ALLIANCE_WORDS: Record<string, AllianceMembership> = {
  'thanh vien chinh thuc': 'OFFICIAL',
  'chinh thuc': 'OFFICIAL',
  'tv chinh thuc': 'OFFICIAL',
  co: 'OFFICIAL',
  x: 'OFFICIAL',
  official: 'OFFICIAL',
  'thanh vien lien ket': 'ASSOCIATED',
  'lien ket': 'ASSOCIATED',
  'tv lien ket': 'ASSOCIATED',
  associated: 'ASSOCIATED',
  'chua la thanh vien': 'NONE',
  chua: 'NONE',
  khong: 'NONE',
  none: 'NONE',
};

export function parseAlliance(text: string): Converted {
  const f = fold(text);
  if (f === '') return { value: 'NONE' };
  const m = ALLIANCE_WORDS[f];
  if (m) return { value: m };
  return { error: `Thành viên Liên minh “${text}” không rõ: ghi “Thành viên chính thức”, “Thành viên liên kết” hoặc để trống.` };
}

const YES = new Set(['co', 'x', 'v', '1', 'true', 'yes', 'dat', 'co chung nhan']);
const NO = new Set(['', 'khong', '0', 'false', 'no', 'chua']);

export function parseBool(text: string, label: string): Converted {
  const f = fold(text);
  if (YES.has(f)) return { value: 'on' };
  if (NO.has(f)) return { value: '' };
  return { error: `${label}: ghi “Có” (hoặc x) hay “Không”, không phải “${text}”.` };
}

const MEMBER_KIND_WORDS: Record<string, MemberKind> = {
  'ca nhan': 'PERSON',
  'ho gia dinh': 'HOUSEHOLD',
  ho: 'HOUSEHOLD',
  'phap nhan': 'LEGAL_ENTITY',
  'to chuc': 'LEGAL_ENTITY',
  'doanh nghiep': 'LEGAL_ENTITY',
  'hop tac xa': 'LEGAL_ENTITY',
  htx: 'LEGAL_ENTITY',
};

export function parseMemberKind(text: string): Converted {
  const f = fold(text);
  if (f === '') return { value: 'PERSON' };
  const k = MEMBER_KIND_WORDS[f];
  return k ? { value: k } : { error: `“${text}”: ghi Cá nhân, Hộ gia đình hoặc Pháp nhân.` };
}

const MEMBER_TYPE_WORDS: Record<string, MemberType> = {
  'chinh thuc': 'OFFICIAL',
  'thanh vien chinh thuc': 'OFFICIAL',
  'lien ket gop von': 'ASSOCIATE_CAPITAL',
  'lien ket co gop von': 'ASSOCIATE_CAPITAL',
  'thanh vien lien ket gop von': 'ASSOCIATE_CAPITAL',
  'lien ket khong gop von': 'ASSOCIATE_NO_CAPITAL',
  'thanh vien lien ket khong gop von': 'ASSOCIATE_NO_CAPITAL',
};

export function parseMemberType(text: string): Converted {
  const f = fold(text);
  if (f === '') return { value: 'OFFICIAL' };
  const t = MEMBER_TYPE_WORDS[f];
  return t ? { value: t } : { error: `Loại thành viên “${text}”: ghi Chính thức, Liên kết góp vốn hoặc Liên kết không góp vốn.` };
}

export function parseGender(text: string): Converted {
  const f = fold(text);
  if (f === '') return { value: '' };
  if (f === 'nam') return { value: 'Nam' };
  if (f === 'nu') return { value: 'Nữ' };
  return { error: `Giới tính “${text}”: ghi Nam hoặc Nữ.` };
}

// ───────────────────────────── Numbers and dates ─────────────────────────────

/**
 * Money with a column unit: "1.500" (triệu đồng) → "1500000000"; "1,5" (tỷ đồng) → "1500000000".
 * Without a unit the text is passed through for the form's own parser ("1.500.000.000 đồng").
 * A whole number with "," as thousands separator ("1,500,000") is read as such.
 */
export function convertMoney(text: string, multiplier: bigint): Converted {
  const s = text.normalize('NFC').replace(/\s*(đồng|đ|vnđ|vnd)\s*$/i, '').replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return { value: '' };
  if (multiplier === 1n) {
    if (/^\d{1,3}(,\d{3})+$/.test(s)) return { value: s.replace(/,/g, '') };
    return { value: s };
  }
  // vi-VN: "." groups thousands, "," is the decimal comma. A numeric cell written as "1.5" by the
  // reader has no grouping of three, so a lone "." before 1–2 digits is a decimal point too.
  let whole: string;
  let frac = '';
  const vi = /^(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?$/.exec(s);
  const dot = /^(\d+)\.(\d{1,2}|\d{4,})$/.exec(s);
  if (vi) [whole, frac] = [vi[1].replace(/\./g, ''), vi[2] ?? ''];
  else if (dot) [whole, frac] = [dot[1], dot[2]];
  else return { error: `“${text}” không phải số tiền.` };
  const scale = 10n ** BigInt(frac.length);
  const amount = BigInt(whole + frac) * multiplier;
  if (amount % scale !== 0n) return { error: `“${text}” không quy ra được số đồng chẵn.` };
  return { value: (amount / scale).toString() };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A date cell: dates are already dd/mm/yyyy (the reader converts date cells); a bare Excel day
 * number (a date column formatted as a number) becomes one too. Anything else is passed to the
 * form's parser, which explains what it expects.
 */
export function convertDate(text: string): Converted {
  const s = text.trim();
  const serial = /^(\d{5})(?:[.,]\d+)?$/.exec(s);
  if (serial) {
    const days = Number(serial[1]);
    if (days >= 10_000 && days <= 80_000) {
      const d = new Date(EXCEL_EPOCH + days * 86_400_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return { value: `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}` };
    }
  }
  return { value: s };
}

/** A tax code that lost its leading zero in a number cell (0100109106 → 100109106) gets it back. */
export function convertTaxCode(text: string): Converted {
  const s = text.replace(/\s+/g, '');
  if (/^\d{9}$/.test(s)) return { value: `0${s}`, warning: `Mã số thuế “${s}” có 9 chữ số: đã thêm số 0 ở đầu (ô định dạng số làm mất số 0).` };
  if (/^\d{9}-\d{3}$/.test(s)) return { value: `0${s}`, warning: `Mã số thuế “${s}”: đã thêm số 0 ở đầu.` };
  return { value: s };
}
