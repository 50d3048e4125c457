'use server';

/**
 * The grid's server actions: each row goes through the reporting core's saveReport/submitReport
 * (lib/reports/mutation.ts), in its own transaction, so that the grid, the form and the import run
 * the same parsing, rules and state machine, and one refused row leaves the others saved.
 *
 * The grid shows the main figures only: the figures it does not show (managers by education, a
 * nil report, credit-fund figures of a non-credit row) are taken from the stored report, so saving
 * from the grid never blanks them.
 */
import { revalidatePath } from 'next/cache';

import { expireStatsTags } from '@/lib/cache/tags';

import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { GRID_CREDIT_FIELDS, GRID_FIELDS } from '@/lib/reports/grid-queries';
import type { GridMessage, GridRowInput, GridRowResult } from '@/lib/reports/grid-types';
import { saveReport, submitReport, type TransitionResult } from '@/lib/reports/mutation';
import { formatInputValue, REPORT_FIELDS, reportToInputValues, type ReportNumberField } from '@/lib/reports/schema';
import { z } from '@/lib/validation/zod';

const GRID_NAMES = new Set<string>([...GRID_FIELDS, ...GRID_CREDIT_FIELDS]);
/** Rows one submit may carry: a page of the grid. */
const MAX_ROWS = 200;

const rowSchema = z.object({
  organizationId: z.number().int().positive().max(2_147_483_647),
  version: z.number().int().min(0).max(2_147_483_647),
  values: z.record(z.string(), z.string().max(40)),
  comment: z.string().max(2000),
});

const figureSelect = Object.fromEntries(REPORT_FIELDS.map((f) => [f.name, true])) as Record<ReportNumberField, true>;

const storedSelect = {
  id: true,
  state: true,
  version: true,
  enteredAt: true,
  nilReport: true,
  comment: true,
  ...figureSelect,
  organization: { select: { kind: true } },
} as const;

async function loadStored(periodId: number, organizationId: number) {
  return prisma.organizationReport.findUnique({ where: { organizationId_periodId: { organizationId, periodId } }, select: storedSelect });
}
type Stored = NonNullable<Awaited<ReturnType<typeof loadStored>>>;

/** The grid's text of a stored report, for the columns it shows. */
function gridValuesOf(stored: Stored): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of REPORT_FIELDS) {
    if (!GRID_NAMES.has(f.name)) continue;
    if ('creditOnly' in f && f.creditOnly && stored.organization.kind !== 'CREDIT_FUND') continue;
    out[f.name] = formatInputValue(f.kind, stored[f.name]);
  }
  return out;
}

/** Stored values for what the grid does not show, the grid's cells for what it does. */
function mergedInput(stored: Stored, row: GridRowInput): Record<string, string> {
  const base = reportToInputValues(stored);
  const input: Record<string, string> = { ...base };
  for (const [name, text] of Object.entries(row.values)) if (GRID_NAMES.has(name)) input[name] = text.normalize('NFC');
  input.comment = row.comment.normalize('NFC');
  // Every key present: the core's schema refuses a missing one (a blank is "nothing entered").
  input.nilReport = stored.nilReport ? 'on' : '';
  return input;
}

const unchanged = (stored: Stored, row: GridRowInput) => {
  if (stored.enteredAt == null) return false;
  const now = gridValuesOf(stored);
  return Object.entries(row.values).every(([k, v]) => !GRID_NAMES.has(k) || (now[k] ?? '') === v.trim()) && (stored.comment ?? '') === row.comment.trim();
};

function messagesOf(result: Exclude<TransitionResult, { ok: true }>): GridMessage[] {
  const out: GridMessage[] = Object.entries(result.fieldErrors)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([field, message]) => ({ field: field === '_form' ? null : field, message }));
  for (const b of result.blocking) if (!out.some((m) => m.message === b.message)) out.push({ field: b.field, message: b.message });
  return out;
}

async function resultOf(periodId: number, organizationId: number, res: TransitionResult, okMessage: string): Promise<GridRowResult> {
  const stored = await loadStored(periodId, organizationId);
  const warnings = res.warnings.map((w) => ({ field: w.field, message: w.message }));
  if (!res.ok) {
    return { organizationId, ok: false, message: res.message, errors: messagesOf(res), warnings, state: stored?.state ?? 'DRAFT', version: stored?.version ?? 0 };
  }
  return {
    organizationId,
    ok: true,
    message: warnings.length > 0 && res.state !== 'SUBMITTED' ? `${okMessage} Có cảnh báo: ghi giải trình trước khi gửi.` : okMessage,
    errors: [],
    warnings,
    state: res.state,
    version: res.version,
    values: stored ? gridValuesOf(stored) : undefined,
  };
}

const refused = (organizationId: number, message: string): GridRowResult => ({ organizationId, ok: false, message, errors: [], warnings: [], state: 'DRAFT', version: 0 });

async function saveOne(user: Awaited<ReturnType<typeof requirePermission>>, periodId: number, row: GridRowInput): Promise<{ result: GridRowResult; saved: TransitionResult | null }> {
  const stored = await loadStored(periodId, row.organizationId);
  // Only expected reports are in the grid: a row for anything else is refused, not created.
  if (!stored) return { result: refused(row.organizationId, 'Tổ chức này không có báo cáo phải nộp trong kỳ.'), saved: null };
  const saved = await prisma.$transaction((tx) => saveReport(tx, user, { organizationId: row.organizationId, periodId, values: mergedInput(stored, row), version: row.version }));
  return { result: await resultOf(periodId, row.organizationId, saved, 'Đã lưu.'), saved };
}

function revalidate(periodId: number) {
  revalidatePath(`/quan-tri/bao-cao/${periodId}`, 'layout');
  expireStatsTags('reports');
}

/** Saves one grid row (a draft; warnings allowed, blocks refused). */
export async function saveGridRow(periodId: number, input: GridRowInput): Promise<GridRowResult> {
  const user = await requirePermission('report.submit');
  const parsed = rowSchema.safeParse(input);
  if (!parsed.success || !Number.isSafeInteger(periodId)) return refused(input?.organizationId ?? 0, 'Dữ liệu dòng không hợp lệ: hãy tải lại trang.');
  const { result } = await saveOne(user, periodId, parsed.data);
  if (result.ok) revalidate(periodId);
  return result;
}

/**
 * Submits rows: each row is saved first when its cells differ from the stored report, then
 * submitted, each in its own transaction. A refused row keeps what was saved and says why.
 */
export async function submitGridRows(periodId: number, inputs: GridRowInput[]): Promise<GridRowResult[]> {
  const user = await requirePermission('report.submit');
  if (!Array.isArray(inputs) || !Number.isSafeInteger(periodId)) return [];
  const results: GridRowResult[] = [];
  for (const input of inputs.slice(0, MAX_ROWS)) {
    const parsed = rowSchema.safeParse(input);
    if (!parsed.success) {
      results.push(refused(input?.organizationId ?? 0, 'Dữ liệu dòng không hợp lệ: hãy tải lại trang.'));
      continue;
    }
    const row = parsed.data;
    const stored = await loadStored(periodId, row.organizationId);
    if (!stored) {
      results.push(refused(row.organizationId, 'Tổ chức này không có báo cáo phải nộp trong kỳ.'));
      continue;
    }
    let version = row.version;
    if (!unchanged(stored, row)) {
      const { result, saved } = await saveOne(user, periodId, row);
      if (!saved || !saved.ok) {
        results.push(result);
        continue;
      }
      version = saved.version;
    }
    const submitted = await prisma.$transaction((tx) => submitReport(tx, user, { organizationId: row.organizationId, periodId, version }));
    results.push(await resultOf(periodId, row.organizationId, submitted, 'Đã gửi.'));
  }
  revalidate(periodId);
  return results;
}
