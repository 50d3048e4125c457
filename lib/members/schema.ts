/**
 * Forms of the member register: members of an organization and their capital contributions.
 * Everything arrives as text from a form; the schemas normalize it (NFC, trimmed, vi-VN money and
 * dates) and answer in Vietnamese, one message per field.
 */
import { todayIsoInVietnam } from '@/lib/format/date';
import { ContributionForm, MemberKind, MemberType } from '@/lib/generated/prisma/enums';
import { z } from '@/lib/validation/zod';

// ───────────────────────────── Parsers shared by the fields ─────────────────────────────

/** NFC, control characters (NUL cannot even be stored) as spaces, runs of spaces collapsed, trimmed. */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Largest amount accepted (1 triệu tỷ đồng): far above any cooperative, far below BigInt trouble. */
const MAX_AMOUNT = 1_000_000_000_000_000n;

/**
 * Money as people type it in Vietnam: "50.000.000", "50 000 000", "50000000", "50.000.000 đồng".
 * Integer đồng only; "1,5" (a decimal comma) is refused rather than guessed at.
 */
export function parseMoney(input: string): Parsed<bigint> {
  const text = input
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f]+/g, '')
    .replace(/(đồng|đ|vnđ|vnd)$/i, '');
  if (text === '') return { ok: false, message: 'Nhập số tiền (đồng).' };
  if (/,\d{1,2}$/.test(text) || /^\d+\.\d{1,2}$/.test(text)) {
    return { ok: false, message: 'Số tiền tính bằng đồng, không có phần thập phân.' };
  }
  let digits: string;
  if (/^\d+$/.test(text)) digits = text;
  else if (/^\d{1,3}(\.\d{3})+$/.test(text)) digits = text.replaceAll('.', '');
  else if (/^\d{1,3}(,\d{3})+$/.test(text)) digits = text.replaceAll(',', '');
  else return { ok: false, message: 'Số tiền không hợp lệ. Nhập số nguyên đồng, ví dụ 50.000.000.' };
  const value = BigInt(digits);
  if (value <= 0n) return { ok: false, message: 'Số tiền phải lớn hơn 0.' };
  if (value > MAX_AMOUNT) return { ok: false, message: 'Số tiền quá lớn.' };
  return { ok: true, value };
}

const EARLIEST = '1950-01-01';

/** A date from <input type="date"> ("2024-07-01") or typed the Vietnamese way ("01/07/2024"). */
export function parseDate(input: string): Parsed<Date> {
  const text = input.trim();
  let iso: string | null = null;
  const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const b = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (a) iso = `${a[1]}-${a[2]}-${a[3]}`;
  else if (b) iso = `${b[3]}-${b[2].padStart(2, '0')}-${b[1].padStart(2, '0')}`;
  if (!iso) return { ok: false, message: 'Ngày không hợp lệ (dd/mm/yyyy).' };
  const date = new Date(`${iso}T00:00:00.000Z`);
  // new Date accepts 2024-02-31 as 2 March: a date that does not round-trip does not exist.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return { ok: false, message: 'Ngày không tồn tại.' };
  if (iso < EARLIEST) return { ok: false, message: 'Ngày quá xa trong quá khứ.' };
  if (iso > todayIsoInVietnam()) return { ok: false, message: 'Ngày không được sau hôm nay.' };
  return { ok: true, value: date };
}

function parsed<T>(parse: (s: string) => Parsed<T>, required: string) {
  return z.string({ error: required }).transform((s, ctx): T => {
    const r = s.trim() === '' ? ({ ok: false, message: required } as const) : parse(s);
    if (!r.ok) {
      ctx.issues.push({ code: 'custom', message: r.message, input: s });
      return z.NEVER;
    }
    return r.value;
  });
}

export const moneyField = (required = 'Nhập số tiền (đồng).') => parsed(parseMoney, required);
export const dateField = (required: string) => parsed(parseDate, required);

/** Text: NFC, trimmed, inner runs of spaces collapsed; empty becomes null. */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .optional()
    .transform((s) => cleanText(s ?? ''))
    .pipe(z.string().max(max, tooLong))
    .transform((s) => (s === '' ? null : s));

// ───────────────────────────── Members ─────────────────────────────

const PERSON_KINDS: readonly MemberKind[] = ['PERSON', 'HOUSEHOLD'];

export const memberSchema = z
  .object({
    kind: z.enum(MemberKind, { error: 'Chọn loại thành viên: cá nhân, hộ gia đình hoặc pháp nhân.' }),
    type: z.enum(MemberType, { error: 'Chọn loại thành viên theo Luật Hợp tác xã: chính thức hoặc liên kết.' }),
    name: z
      .string({ error: 'Nhập tên thành viên.' })
      .transform(cleanText)
      .pipe(z.string().min(2, 'Nhập tên thành viên (ít nhất 2 ký tự).').max(200, 'Tên thành viên không quá 200 ký tự.')),
    idNumber: z
      .string()
      .optional()
      .transform((s) => (s ?? '').replace(/[\s.]/g, '')),
    birthYear: z
      .string()
      .optional()
      .transform((s) => (s ?? '').trim()),
    gender: z
      .string()
      .optional()
      .transform((s) => cleanText(s ?? '')),
    address: optionalText(300, 'Địa chỉ không quá 300 ký tự.'),
    phone: z
      .string()
      .optional()
      .transform((s) => (s ?? '').trim()),
    joinedOn: dateField('Nhập ngày gia nhập.'),
  })
  .transform((v, ctx) => {
    const isPerson = PERSON_KINDS.includes(v.kind);
    const issue = (path: string, message: string) => ctx.issues.push({ code: 'custom', message, path: [path], input: v });

    let idNumber: string | null = null;
    if (v.idNumber !== '') {
      if (isPerson && !/^\d{12}$/.test(v.idNumber)) issue('idNumber', 'Số căn cước công dân gồm đúng 12 chữ số.');
      else if (!isPerson && !/^\d{10}(-\d{3})?$/.test(v.idNumber)) {
        issue('idNumber', 'Mã số doanh nghiệp/hợp tác xã gồm 10 chữ số (đơn vị phụ thuộc: thêm gạch ngang và 3 chữ số).');
      } else idNumber = v.idNumber;
    }

    let birthYear: number | null = null;
    const maxYear = Number(todayIsoInVietnam().slice(0, 4)) - 18;
    if (isPerson && v.birthYear !== '') {
      const y = /^\d{4}$/.test(v.birthYear) ? Number(v.birthYear) : NaN;
      if (!(y >= 1900 && y <= maxYear)) issue('birthYear', `Năm sinh gồm 4 chữ số, từ 1900 đến ${maxYear} (thành viên từ đủ 18 tuổi).`);
      else birthYear = y;
    }

    let gender: string | null = null;
    if (isPerson && v.gender !== '') {
      if (v.gender !== 'Nam' && v.gender !== 'Nữ') issue('gender', 'Chọn giới tính: Nam hoặc Nữ.');
      else gender = v.gender;
    }

    let phone: string | null = null;
    if (v.phone !== '') {
      const digits = v.phone.replace(/[\s.\-()]/g, '').replace(/^\+84/, '0');
      if (!/^0\d{9,10}$/.test(digits)) issue('phone', 'Số điện thoại không hợp lệ (ví dụ 0912 345 678).');
      else phone = digits;
    }

    return {
      kind: v.kind,
      type: v.type,
      name: v.name,
      idNumber,
      birthYear,
      gender,
      address: v.address,
      phone,
      joinedOn: v.joinedOn,
    };
  });

export type MemberInput = z.output<typeof memberSchema>;

export const leaveSchema = z.object({
  leftOn: dateField('Nhập ngày ra khỏi tổ chức.'),
});

// ───────────────────────────── Capital contributions ─────────────────────────────

export const contributionSchema = z.object({
  amount: moneyField(),
  form: z.enum(ContributionForm, { error: 'Chọn hình thức góp vốn.' }),
  contributedOn: dateField('Nhập ngày góp vốn.'),
  note: optionalText(500, 'Ghi chú không quá 500 ký tự.'),
});

export type ContributionInput = z.output<typeof contributionSchema>;

/** Vietnamese labels of the enums these forms use. */
export const MEMBER_KIND_LABELS: Record<MemberKind, string> = {
  PERSON: 'Cá nhân',
  HOUSEHOLD: 'Hộ gia đình',
  LEGAL_ENTITY: 'Pháp nhân',
};

export const CONTRIBUTION_FORM_LABELS: Record<ContributionForm, string> = {
  CASH: 'Tiền',
  LAND_USE_RIGHT: 'Quyền sử dụng đất',
  ASSET: 'Tài sản',
  OTHER: 'Hình thức khác',
};
