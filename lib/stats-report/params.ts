/**
 * The choices behind a generated report, as they travel in the query string of its plain GET
 * links (/quan-tri/thong-ke/bao-cao/tai-ve?ky=2023-6t&ngay=2023-06-30&so=23&nguoi-ky=…), so a
 * leader can bookmark or forward the link. Parsed with zod; Vietnamese messages per field.
 */
import type { PeriodKind } from '@/lib/generated/prisma/enums';
import { fieldErrorsOf, type FieldErrors } from '@/lib/actions/state';
import type { UnitMode } from '@/lib/stats/types';
import { z } from '@/lib/validation/zod';

export const REPORT_FORMATS = ['docx', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** "2023-6t" (first half) or "2023-nam" (the whole year): the period's key in URLs. */
export function periodKey(year: number, kind: PeriodKind): string {
  return `${year}-${kind === 'FIRST_HALF' ? '6t' : 'nam'}`;
}

export function parsePeriodKey(key: string): { year: number; kind: PeriodKind } | null {
  const m = /^(\d{4})-(6t|nam)$/.exec(key);
  if (!m) return null;
  return { year: Number(m[1]), kind: m[2] === '6t' ? 'FIRST_HALF' : 'FULL_YEAR' };
}

function isIsoDay(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

/** A day as "YYYY-MM-DD", or empty. */
const optionalDay = z
  .string()
  .default('')
  .refine((v) => v === '' || isIsoDay(v), 'Ngày không hợp lệ (dạng năm-tháng-ngày, ví dụ 2023-06-30).');

const text = (max: number, message: string) =>
  z
    .string()
    .default('')
    .transform((v) => v.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').trim())
    .pipe(z.string().max(max, message));

export const reportParamsSchema = z.object({
  ky: z.string().refine((v) => parsePeriodKey(v) !== null, 'Chọn kỳ báo cáo.'),
  /** As-of date of the figures; empty: the period's last day. */
  ngay: optionalDay,
  /** Date of issue; empty: the as-of date. */
  'ngay-ky': optionalDay,
  /** Document number; empty: left blank for the records office to fill in. */
  so: z.string().trim().default('').refine((v) => v === '' || /^[1-9]\d{0,3}$/.test(v), 'Số văn bản là một số từ 1 đến 9999.'),
  'nguoi-ky': text(80, 'Tên người ký tối đa 80 ký tự.').pipe(z.string().min(1, 'Nhập tên người ký.')),
  'chuc-vu': text(60, 'Chức vụ tối đa 60 ký tự.').pipe(z.string().min(1, 'Nhập chức vụ người ký.')),
  /** Part Two (tasks for the next period) as staff wrote it; empty: the default text. */
  'nhiem-vu': text(3000, 'Phần nhiệm vụ tối đa 3.000 ký tự.'),
  'dinh-dang': z.enum(REPORT_FORMATS, 'Định dạng là docx hoặc xlsx.').default('docx'),
  /** "hien-nay": units re-totalled onto today's; absent: the units of the time (the dashboards' parameter). */
  'quy-doi': z.enum(['', 'hien-nay'], 'Cách tính địa bàn không hợp lệ.').default(''),
  /** "1": reports not yet approved count too (the dashboards' parameter). */
  'chua-duyet': z.enum(['', '1'], 'Lựa chọn báo cáo chưa duyệt không hợp lệ.').default(''),
});

export type ReportParams = {
  period: { year: number; kind: PeriodKind };
  periodKey: string;
  /** "" when not given: the caller resolves it to the period's end. */
  asOf: string;
  issuedOn: string;
  number: number | null;
  signer: string;
  position: string;
  tasks: string;
  format: ReportFormat;
  unitMode: UnitMode;
  includeUnapproved: boolean;
};

export type ParsedReportParams = { ok: true; params: ReportParams } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** Every key the form and links use, in the order they are written into a URL. */
const KEYS = ['ky', 'ngay', 'ngay-ky', 'so', 'nguoi-ky', 'chuc-vu', 'nhiem-vu', 'quy-doi', 'chua-duyet', 'dinh-dang'] as const;

export function parseReportParams(search: URLSearchParams | Record<string, string | string[] | undefined>): ParsedReportParams {
  const raw: Record<string, string> = {};
  for (const key of KEYS) {
    const value = search instanceof URLSearchParams ? search.get(key) : search[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first != null) raw[key] = first;
  }
  const parsed = reportParamsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error), values: raw };
  const d = parsed.data;
  const period = parsePeriodKey(d.ky)!;
  return {
    ok: true,
    params: {
      period,
      periodKey: d.ky,
      asOf: d.ngay,
      issuedOn: d['ngay-ky'],
      number: d.so === '' ? null : Number(d.so),
      signer: d['nguoi-ky'],
      position: d['chuc-vu'],
      tasks: d['nhiem-vu'],
      format: d['dinh-dang'],
      unitMode: d['quy-doi'] === 'hien-nay' ? 'TODAY' : 'AT_THE_TIME',
      includeUnapproved: d['chua-duyet'] === '1',
    },
  };
}

/** The query string of a report link (empty choices left out, so links stay short). */
export function reportQuery(params: ReportParams, format?: ReportFormat): string {
  const q = new URLSearchParams();
  q.set('ky', params.periodKey);
  if (params.asOf) q.set('ngay', params.asOf);
  if (params.issuedOn) q.set('ngay-ky', params.issuedOn);
  if (params.number !== null) q.set('so', String(params.number));
  q.set('nguoi-ky', params.signer);
  q.set('chuc-vu', params.position);
  if (params.tasks) q.set('nhiem-vu', params.tasks);
  if (params.unitMode === 'TODAY') q.set('quy-doi', 'hien-nay');
  if (params.includeUnapproved) q.set('chua-duyet', '1');
  if (format) q.set('dinh-dang', format);
  return q.toString();
}
