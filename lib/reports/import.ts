import 'server-only';

/**
 * Import of a period's reports from a spreadsheet (the template of lib/reports/spreadsheet.ts, or a
 * commune's own table): the file is read and kept by the register import's reader and upload store
 * (lib/import/read.ts, store.ts, limits), columns are suggested from the headers the same way
 * (folded, "(…)" ignored), every row is checked by the reporting core (parseReport + the rules as
 * data) for the preview, and the import writes every accepted row through saveReport in one
 * transaction: if any row is refused at that moment, nothing is written.
 *
 * Warnings do not hold a row back (reports go in as drafts); blocks and unreadable cells refuse it.
 */
import type { SessionUser } from '@/lib/auth/options';
import type { Db } from '@/lib/db';
import { prisma } from '@/lib/db';
import { fold, foldName } from '@/lib/import/fold';
import { isBlankRow, type ParsedSheet } from '@/lib/import/sheet';
import { findUpload } from '@/lib/import/store';
import type { Prisma } from '@/lib/generated/prisma/client';
import { canReportFor, checkReport, saveReport } from '@/lib/reports/mutation';
import { parseReport, REPORT_FIELDS, type ReportInput } from '@/lib/reports/schema';
import { COMMENT_HEADER, figureHeader, NIL_HEADER, ORG_ID_HEADER } from '@/lib/reports/spreadsheet';

export type ReportImportField = { key: string; label: string; headers: string[] };

/** The fields a column can be mapped to, with the headers that name them (folded when compared). */
export const REPORT_IMPORT_FIELDS: readonly ReportImportField[] = [
  { key: 'organizationId', label: 'Mã tổ chức', headers: [ORG_ID_HEADER, 'Mã tổ chức', 'Mã'] },
  { key: 'registrationNumber', label: 'Số đăng ký', headers: ['Số đăng ký', 'Mã số HTX', 'Số ĐKKD', 'Số GCN'] },
  { key: 'name', label: 'Tên tổ chức', headers: ['Tên tổ chức', 'Tên HTX', 'Tên hợp tác xã', 'Tên đơn vị', 'Tên'] },
  ...REPORT_FIELDS.map((f) => ({ key: f.name, label: f.label, headers: [figureHeader(f), f.label, f.short] })),
  { key: 'nilReport', label: 'Báo cáo không hoạt động', headers: [NIL_HEADER, 'Báo cáo không hoạt động', 'Không hoạt động'] },
  { key: 'comment', label: 'Giải trình', headers: [COMMENT_HEADER, 'Giải trình', 'Ghi chú giải trình'] },
];
const FIELD_KEYS = new Set(REPORT_IMPORT_FIELDS.map((f) => f.key));

export type ReportColumnMapping = Record<number, string>;

const bare = (h: string) => fold(h.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));

/** Each field to the first column whose header names it (exactly, then without "(…)"); one column per field. */
export function suggestReportMapping(headers: readonly string[]): ReportColumnMapping {
  const mapping: ReportColumnMapping = {};
  const taken = new Set<string>();
  for (const pass of [fold, bare]) {
    headers.forEach((h, col) => {
      if (mapping[col] !== undefined || !fold(h)) return;
      const f = REPORT_IMPORT_FIELDS.find((x) => !taken.has(x.key) && x.headers.some((name) => pass(name) === pass(h)));
      if (f) {
        mapping[col] = f.key;
        taken.add(f.key);
      }
    });
  }
  return mapping;
}

/** The header row: among the first 20, the one that names the most fields. */
export function detectReportHeaderRow(rows: readonly (readonly string[])[]): number {
  let best = 0;
  let bestScore = 0;
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const s = Object.keys(suggestReportMapping(rows[r] ?? [])).length;
    if (s > bestScore) [best, bestScore] = [r, s];
  }
  return best;
}

export function checkMapping(columns: ReportColumnMapping): string | null {
  const keys = Object.values(columns);
  if (keys.some((k) => !FIELD_KEYS.has(k))) return 'Trường không hợp lệ: hãy tải lại trang.';
  if (new Set(keys).size !== keys.length) return 'Mỗi trường chỉ ghép với một cột.';
  if (!keys.some((k) => k === 'organizationId' || k === 'registrationNumber' || k === 'name')) return 'Cần một cột để nhận ra tổ chức: mã tổ chức, số đăng ký hoặc tên tổ chức.';
  if (!keys.some((k) => REPORT_FIELDS.some((f) => f.name === k))) return 'Chưa ghép cột số liệu nào.';
  return null;
}

export type ReportPreviewRow = {
  /** Row number as Excel shows it. */
  row: number;
  organizationId: number | null;
  name: string;
  ok: boolean;
  errors: string[];
  warnings: string[];
};

export type ReportPreview = { rows: ReportPreviewRow[]; accepted: number; refused: number; warned: number };

export type ReportImportState = {
  kind: 'reports';
  periodId: number;
  headerRow: number;
  columns: ReportColumnMapping;
  preview: ReportPreview | null;
};

type Actor = Pick<SessionUser, 'id' | 'role' | 'unitId' | 'organizationId'>;

type Candidate = { organizationId: number; name: string; registrationNumber: string | null; kind: Prisma.OrganizationGetPayload<{ select: { kind: true } }>['kind']; unitId: number; state: string };

/** The period's expected reports the user may enter, to match rows against. */
async function candidates(db: Db, user: Actor, periodId: number): Promise<Candidate[]> {
  const reports = await db.organizationReport.findMany({
    where: { periodId, organization: { deletedAt: null } },
    select: { state: true, organization: { select: { id: true, name: true, registrationNumber: true, kind: true, unitId: true } } },
  });
  const out: Candidate[] = [];
  for (const r of reports) {
    const o = r.organization;
    // Scope check per organization; the officer's subtree is small, the queries are cheap.
    if (await canReportFor(db as unknown as Prisma.TransactionClient, user, o)) {
      out.push({ organizationId: o.id, name: o.name, registrationNumber: o.registrationNumber, kind: o.kind, unitId: o.unitId, state: r.state });
    }
  }
  return out;
}

type RowInput = { row: number; candidate: Candidate | null; label: string; values: ReportInput; problem: string | null };

function rowsOf(sheet: ParsedSheet, state: Pick<ReportImportState, 'headerRow' | 'columns'>, pool: Candidate[]): RowInput[] {
  const byId = new Map(pool.map((c) => [c.organizationId, c]));
  const byReg = new Map(pool.filter((c) => c.registrationNumber).map((c) => [fold(c.registrationNumber!), c]));
  const byName = new Map<string, Candidate[]>();
  for (const c of pool) byName.set(foldName(c.name), [...(byName.get(foldName(c.name)) ?? []), c]);
  const out: RowInput[] = [];
  for (let r = state.headerRow + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (isBlankRow(cells)) continue;
    const get = (key: string) => {
      const col = Object.entries(state.columns).find(([, k]) => k === key)?.[0];
      return col === undefined ? '' : (cells[Number(col)] ?? '').trim();
    };
    const id = get('organizationId');
    const reg = get('registrationNumber');
    const name = get('name');
    let candidate: Candidate | null = null;
    let problem: string | null = null;
    if (id) {
      candidate = /^\d{1,9}$/.test(id) ? (byId.get(Number(id)) ?? null) : null;
      if (!candidate) problem = `Mã tổ chức ${id} không có báo cáo phải nộp trong kỳ thuộc phạm vi của bạn.`;
    } else if (reg) {
      candidate = byReg.get(fold(reg)) ?? null;
      if (!candidate) problem = `Số đăng ký ${reg} không có báo cáo phải nộp trong kỳ thuộc phạm vi của bạn.`;
    } else if (name) {
      const found = byName.get(foldName(name)) ?? [];
      if (found.length === 1) candidate = found[0];
      else problem = found.length === 0 ? `Không tìm thấy “${name}” trong các tổ chức phải báo cáo thuộc phạm vi của bạn.` : `Có ${found.length} tổ chức tên “${name}”: hãy ghi mã tổ chức hoặc số đăng ký.`;
    } else {
      problem = 'Dòng không có mã, số đăng ký hay tên tổ chức.';
    }
    const values: ReportInput = {};
    for (const f of REPORT_FIELDS) (values as Record<string, unknown>)[f.name] = get(f.name);
    const nil = fold(get('nilReport'));
    values.nilReport = nil === 'x' || nil === 'co' || nil === '1' ? 'on' : '';
    values.comment = get('comment');
    out.push({ row: r + 1, candidate, label: candidate?.name ?? (name || reg || id || '—'), values, problem });
  }
  return out;
}

/** The preview: each row matched, parsed and checked, nothing written. */
export async function analyzeReportImport(user: Actor, periodId: number, sheet: ParsedSheet, state: Pick<ReportImportState, 'headerRow' | 'columns'>): Promise<ReportPreview> {
  const pool = await candidates(prisma, user, periodId);
  const rows: ReportPreviewRow[] = [];
  const seen = new Set<number>();
  for (const input of rowsOf(sheet, state, pool)) {
    const errors: string[] = [];
    const warnings: string[] = [];
    const c = input.candidate;
    if (input.problem) errors.push(input.problem);
    if (c && seen.has(c.organizationId)) errors.push('Tổ chức này đã có ở một dòng trên: mỗi tổ chức một dòng.');
    if (c && c.state === 'APPROVED') errors.push('Báo cáo đã được duyệt và khoá.');
    if (c && c.state === 'SUBMITTED') errors.push('Báo cáo đã gửi và đang chờ duyệt: không ghi đè.');
    if (c && errors.length === 0) {
      const parsed = parseReport(c.kind, input.values);
      if (!parsed.success) errors.push(...parsed.error.issues.map((i) => i.message));
      else {
        const org = await prisma.organization.findUniqueOrThrow({ where: { id: c.organizationId }, select: { id: true, kind: true, unitId: true, status: true, establishedOn: true, deletedAt: true } });
        const check = await checkReport(prisma as unknown as Prisma.TransactionClient, org, periodId, parsed.data);
        errors.push(...check.blocking.map((b) => b.message));
        warnings.push(...check.warnings.map((w) => w.message));
      }
    }
    if (c) seen.add(c.organizationId);
    rows.push({ row: input.row, organizationId: c?.organizationId ?? null, name: input.label, ok: errors.length === 0, errors, warnings });
  }
  return {
    rows,
    accepted: rows.filter((r) => r.ok).length,
    refused: rows.filter((r) => !r.ok).length,
    warned: rows.filter((r) => r.ok && r.warnings.length > 0).length,
  };
}

export class ReportImportRefusedError extends Error {
  constructor(
    readonly row: number,
    readonly reason: string,
  ) {
    super(`Dòng ${row}: ${reason}`);
  }
}

/**
 * Writes the rows the preview accepted, each through saveReport, in one transaction. A row refused
 * now (someone changed the report meanwhile) rolls everything back.
 */
export async function commitReportImport(user: Actor, periodId: number, sheet: ParsedSheet, state: ReportImportState): Promise<{ saved: number }> {
  const accepted = new Set((state.preview?.rows ?? []).filter((r) => r.ok).map((r) => r.row));
  const pool = await candidates(prisma, user, periodId);
  const inputs = rowsOf(sheet, state, pool).filter((r) => accepted.has(r.row) && r.candidate);
  return prisma.$transaction(
    async (tx) => {
      for (const input of inputs) {
        const res = await saveReport(tx, user, { organizationId: input.candidate!.organizationId, periodId, values: input.values, version: null });
        if (!res.ok) throw new ReportImportRefusedError(input.row, res.message);
      }
      return { saved: inputs.length };
    },
    { timeout: 120_000 },
  );
}

/** The user's upload and the reports import's state kept on it (not a server action: it takes a user id). */
export async function loadReportUpload(token: string, userId: number) {
  const found = await findUpload(prisma, token, userId);
  if (found.status !== 'ok') return null;
  const state = found.upload.preview as unknown as ReportImportState | null;
  return { upload: found.upload, state: state && state.kind === 'reports' ? state : null };
}

