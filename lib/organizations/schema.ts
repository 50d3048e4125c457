/**
 * Input schemas of the register of organizations: the create/edit form, a status change and the
 * correction of a status entry. Each reads the strings a form sends (FormData → object), normalizes
 * Vietnamese text to NFC, and answers in Vietnamese, field by field.
 */
import { todayIsoInVietnam } from '@/lib/format/date';
import { AllianceMembership, OrgKind, OrgStatus, Sector } from '@/lib/generated/prisma/enums';
import { isValidKindSector } from '@/lib/organizations/sectors';
import { z } from '@/lib/validation/zod';

// ───────────────────────────── Parsers shared by the fields ─────────────────────────────

/** A form value as text: NFC, trimmed; anything that is not a string (a missing field, a file) is ''. */
const text = z.preprocess((v) => (typeof v === 'string' ? v.normalize('NFC').trim() : ''), z.string());
/** One line of text: runs of whitespace (tabs, newlines pasted in) become one space. */
const line = z.preprocess((v) => (typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim() : ''), z.string());

function optionalLine(label: string, max: number) {
  return line.pipe(z.string().max(max, `${label} không được dài quá ${max} ký tự.`)).transform((s) => s || null);
}

function optionalText(label: string, max: number) {
  return text.pipe(z.string().max(max, `${label} không được dài quá ${max} ký tự.`)).transform((s) => s || null);
}

function requiredLine(message: string, label: string, max: number) {
  return line.pipe(z.string().min(1, message).max(max, `${label} không được dài quá ${max} ký tự.`));
}

function enumField<T extends Record<string, string>>(values: T, message: string) {
  return line.pipe(z.enum(values, { error: message }));
}

/**
 * A date typed as YYYY-MM-DD (what <input type="date"> sends) or dd/mm/yyyy (typed by hand, or
 * pasted from a report), as UTC midnight (the form of @db.Date columns). 'invalid' when it is not
 * a real calendar day.
 */
export function parseDateText(value: string): Date | null | 'invalid' {
  const s = value.trim();
  if (!s) return null;
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else return 'invalid';
  if (y < 1900 || y > 2200) return 'invalid';
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return 'invalid';
  return date;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function dateField(label: string, options: { notFuture?: boolean } = {}) {
  return line.transform((s, ctx): Date | null => {
    const parsed = parseDateText(s);
    if (parsed === 'invalid') {
      ctx.addIssue({ code: 'custom', message: `${label} không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2024.` });
      return z.NEVER;
    }
    if (parsed !== null && options.notFuture && isoDay(parsed) > todayIsoInVietnam()) {
      ctx.addIssue({ code: 'custom', message: `${label} không được sau ngày hôm nay.` });
      return z.NEVER;
    }
    return parsed;
  });
}

function requiredDateField(label: string, options: { notFuture?: boolean } = {}) {
  return dateField(label, options).transform((d, ctx): Date => {
    if (d === null) {
      ctx.addIssue({ code: 'custom', message: `Vui lòng nhập ${label.toLowerCase()}.` });
      return z.NEVER;
    }
    return d;
  });
}

/** Largest sum accepted (a quadrillion đồng): far above any cooperative, below 2^53 for spreadsheets. */
const MAX_MONEY = 1_000_000_000_000_000n;

/**
 * Whole đồng as people type them in vi-VN: "1.500.000.000", "1500000000", "1 500 000 000",
 * "1.500.000.000 đồng". null for empty, 'invalid' otherwise (a decimal comma, letters, a wrongly
 * grouped figure such as "1.50.000").
 */
export function parseMoneyText(value: string): bigint | null | 'invalid' {
  const s = value
    .normalize('NFC')
    .replace(/\s*(đồng|đ|VNĐ|VND)\s*$/i, '')
    .replace(/[\s\u00a0]/g, '');
  if (!s) return null;
  let digits: string;
  if (/^\d+$/.test(s)) digits = s;
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) digits = s.replace(/\./g, '');
  else return 'invalid';
  const amount = BigInt(digits);
  return amount > MAX_MONEY ? 'invalid' : amount;
}

const TAX_CODE = /^\d{10}(-\d{3})?$/;
const PHONE = /^\+?[\d\s.()-]+$/;
const REGISTRATION = /^[\p{L}\d./-]+$/u;

// ───────────────────────────── Organization ─────────────────────────────

const organizationFields = z.object({
  kind: enumField(OrgKind, 'Vui lòng chọn loại hình tổ chức.'),
  name: requiredLine('Vui lòng nhập tên tổ chức.', 'Tên tổ chức', 300),
  shortName: optionalLine('Tên viết tắt', 120),
  registrationNumber: line
    .transform((s) => s.replace(/\s+/g, ''))
    .pipe(
      z
        .string()
        .max(50, 'Số đăng ký không được dài quá 50 ký tự.')
        .refine((s) => s === '' || REGISTRATION.test(s), 'Số đăng ký chỉ gồm chữ, chữ số và các dấu “-”, “/”, “.”.'),
    )
    .transform((s) => s || null),
  taxCode: line
    .transform((s) => s.replace(/\s+/g, ''))
    .pipe(
      z
        .string()
        .refine(
          (s) => s === '' || TAX_CODE.test(s),
          'Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu “-” và 3 chữ số (ví dụ 1700123456 hoặc 1700123456-001).',
        ),
    )
    .transform((s) => s || null),
  sector: enumField(Sector, 'Vui lòng chọn lĩnh vực hoạt động.'),
  unitId: line.pipe(
    z
      .string()
      .min(1, 'Vui lòng chọn đơn vị hành chính.')
      .regex(/^\d{1,9}$/, 'Đơn vị hành chính không hợp lệ.')
      .transform(Number),
  ),
  address: optionalLine('Địa chỉ', 300),
  phone: optionalLine('Điện thoại', 40).refine((s) => {
    if (s === null) return true;
    const digits = s.replace(/\D/g, '').length;
    return PHONE.test(s) && digits >= 8 && digits <= 15;
  }, 'Số điện thoại chỉ gồm chữ số (có thể có dấu cách, dấu chấm, dấu “+”), từ 8 đến 15 chữ số.'),
  email: optionalLine('Email', 120)
    .transform((s) => (s ? s.toLowerCase() : s))
    .refine((s) => s === null || z.email().safeParse(s).success, 'Email không hợp lệ (ví dụ htx.tanhiep@gmail.com).'),
  website: optionalLine('Trang web', 200)
    .transform((s) => (s && !/^https?:\/\//i.test(s) ? `https://${s}` : s))
    .refine((s) => {
      if (s === null) return true;
      try {
        const url = new URL(s);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
      } catch {
        return false;
      }
    }, 'Địa chỉ trang web không hợp lệ (ví dụ https://htxtanhiep.vn).'),
  leaderName: optionalLine('Họ tên người đại diện', 120),
  leaderTitle: optionalLine('Chức danh', 120),
  establishedOn: dateField('Ngày thành lập', { notFuture: true }),
  charterCapital: line.transform((s, ctx) => {
    const parsed = parseMoneyText(s);
    if (parsed === 'invalid') {
      ctx.addIssue({ code: 'custom', message: 'Vốn điều lệ là số đồng, không có phần lẻ, ví dụ 1.500.000.000.' });
      return z.NEVER;
    }
    return parsed;
  }),
  allianceMembership: line
    .transform((s) => s || 'NONE')
    .pipe(z.enum(AllianceMembership, { error: 'Vui lòng chọn tình trạng thành viên Liên minh.' })),
  allianceJoinedOn: dateField('Ngày gia nhập Liên minh', { notFuture: true }),
  mainProducts: optionalText('Sản phẩm, dịch vụ chính', 1000),
  description: optionalText('Giới thiệu', 5000),
  isNewModel: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
  hasValueChainLink: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
  hasVietGap: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
  hasGlobalGap: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
});

function checkOrganization(o: z.infer<typeof organizationFields>, ctx: z.RefinementCtx) {
  if (!isValidKindSector(o.kind, o.sector)) {
    ctx.addIssue({
      code: 'custom',
      path: ['sector'],
      message:
        o.kind === 'CREDIT_FUND'
          ? 'Quỹ tín dụng nhân dân thuộc lĩnh vực tín dụng.'
          : 'Lĩnh vực tín dụng chỉ dành cho quỹ tín dụng nhân dân.',
    });
  }
  if (o.allianceMembership === 'NONE' && o.allianceJoinedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['allianceJoinedOn'],
      message: 'Chỉ ghi ngày gia nhập khi tổ chức là thành viên Liên minh.',
    });
  }
  if (o.allianceJoinedOn && o.establishedOn && o.allianceJoinedOn < o.establishedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['allianceJoinedOn'],
      message: 'Ngày gia nhập Liên minh không được trước ngày thành lập.',
    });
  }
  if (o.hasGlobalGap && o.kind === 'CREDIT_FUND') {
    ctx.addIssue({ code: 'custom', path: ['hasGlobalGap'], message: 'Quỹ tín dụng nhân dân không có chứng nhận GlobalGAP.' });
  }
}

export const organizationSchema = organizationFields.superRefine(checkOrganization);

export type OrganizationInput = z.infer<typeof organizationSchema>;

/** The edit form also carries the version of the record the user saw (optimistic concurrency). */
export const organizationUpdateSchema = organizationFields
  .extend({
    version: line.pipe(z.string().regex(/^\d{1,9}$/, 'Phiên bản hồ sơ không hợp lệ: hãy tải lại trang.').transform(Number)),
  })
  .superRefine(checkOrganization);

/** Fields of the form, in the order the form shows them (for error summaries and audit labels). */
export const ORGANIZATION_FORM_FIELDS = [
  'kind',
  'name',
  'shortName',
  'registrationNumber',
  'taxCode',
  'sector',
  'unitId',
  'address',
  'phone',
  'email',
  'website',
  'leaderName',
  'leaderTitle',
  'establishedOn',
  'charterCapital',
  'allianceMembership',
  'allianceJoinedOn',
  'mainProducts',
  'description',
  'isNewModel',
  'hasValueChainLink',
  'hasVietGap',
  'hasGlobalGap',
] as const satisfies readonly (keyof OrganizationInput)[];

export type OrganizationFormField = (typeof ORGANIZATION_FORM_FIELDS)[number];

// ───────────────────────────── Status ─────────────────────────────

const statusFields = {
  status: enumField(OrgStatus, 'Vui lòng chọn thay đổi cần ghi nhận.'),
  effectiveOn: requiredDateField('Ngày hiệu lực', { notFuture: true }),
  decisionNumber: optionalLine('Số quyết định', 100),
  successorId: line.transform((s, ctx) => {
    if (!s) return null;
    if (!/^\d{1,9}$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: 'Tổ chức kế thừa không hợp lệ.' });
      return z.NEVER;
    }
    return Number(s);
  }),
};

export const statusChangeSchema = z
  .object({
    ...statusFields,
    reason: requiredLine('Vui lòng nêu lý do (ví dụ: theo đề nghị của hợp tác xã).', 'Lý do', 1000),
  })
  .superRefine((s, ctx) => {
    if ((s.status === 'CONVERTED' || s.status === 'MERGED') && s.successorId === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['successorId'],
        message:
          s.status === 'CONVERTED'
            ? 'Vui lòng chọn tổ chức được hình thành sau chuyển đổi.'
            : 'Vui lòng chọn tổ chức nhận sáp nhập.',
      });
    }
  });

export type StatusChangeInput = z.infer<typeof statusChangeSchema>;

export const statusCorrectionSchema = z
  .object({
    ...statusFields,
    reason: optionalLine('Lý do', 1000),
    correctionReason: requiredLine('Vui lòng nêu lý do sửa (ví dụ: nhập nhầm ngày quyết định).', 'Lý do sửa', 1000),
  })
  .superRefine((s, ctx) => {
    if ((s.status === 'CONVERTED' || s.status === 'MERGED') && s.successorId === null) {
      ctx.addIssue({ code: 'custom', path: ['successorId'], message: 'Vui lòng chọn tổ chức kế thừa.' });
    }
  });

export type StatusCorrectionInput = z.infer<typeof statusCorrectionSchema>;

/** FormData → plain object of strings (files dropped), the input every schema here expects. */
export function formObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) out[key] = value;
  }
  return out;
}
