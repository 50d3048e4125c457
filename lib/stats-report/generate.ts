import 'server-only';

/**
 * From the choices of a report link to the finished files: the document model (for the printable
 * page), the .docx and the .xlsx. The caller has already checked the permission.
 */
import type { FieldErrors } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { renderOfficialDocx } from '@/lib/official-docx/layout';
import { numberAndSymbol, type OfficialDocument } from '@/lib/official-docx/model';
import { tablesWorkbook, type StatTable } from '@/lib/open-data/table';
import { cachedDashboardApi } from '@/lib/stats/cached';

import { buildReportDocument, reportTables, shortDate } from './content';
import type { ReportParams } from './params';
import { getReportData } from './data';
import { getReportPeriod, type ReportPeriodRow } from './queries';

export type ResolvedReport = {
  params: ReportParams;
  asOf: string;
  issuedOn: string;
  document: OfficialDocument;
  tables: StatTable[];
};

export type ResolveOutcome = { ok: true; report: ResolvedReport } | { ok: false; errors: FieldErrors };

export type ReportChoicesOutcome =
  | { ok: true; period: ReportPeriodRow; asOf: string; issuedOn: string }
  | { ok: false; errors: FieldErrors };

/** The checks that need the database (the period exists, the dates fall in or after it). */
export async function checkReportChoices(params: ReportParams): Promise<ReportChoicesOutcome> {
  const period = await getReportPeriod(params.period.year, params.period.kind);
  if (!period) return { ok: false, errors: { ky: 'Kỳ báo cáo này không có trong hệ thống.' } };
  const asOf = params.asOf || period.endsOn;
  if (asOf < period.startsOn) return { ok: false, errors: { ngay: `Ngày số liệu phải từ ngày ${shortDate(period.startsOn)} (đầu kỳ) trở đi.` } };
  const issuedOn = params.issuedOn || asOf;
  if (issuedOn < period.startsOn) return { ok: false, errors: { 'ngay-ky': `Ngày ký phải từ ngày ${shortDate(period.startsOn)} trở đi.` } };
  return { ok: true, period, asOf, issuedOn };
}

export async function resolveReport(params: ReportParams): Promise<ResolveOutcome> {
  const checked = await checkReportChoices(params);
  if (!checked.ok) return checked;
  const { period, asOf, issuedOn } = checked;
  const data = await getReportData(cachedDashboardApi, prisma, period, asOf, issuedOn, { unitMode: params.unitMode, includeUnapproved: params.includeUnapproved });
  const document = buildReportDocument(data, { number: params.number, signer: params.signer, position: params.position, tasks: params.tasks });
  return { ok: true, report: { params, asOf, issuedOn, document, tables: reportTables(data) } };
}

/** "bao-cao-6-thang-dau-nam-2023-so-23" */
export function reportFileName(report: ResolvedReport, ext: 'docx' | 'xlsx'): string {
  const { year, kind } = report.params.period;
  const base = kind === 'FIRST_HALF' ? `bao-cao-6-thang-dau-nam-${year}` : `bao-cao-nam-${year}`;
  return `${base}${report.params.number !== null ? `-so-${report.params.number}` : ''}.${ext}`;
}

export async function reportDocx(report: ResolvedReport): Promise<Buffer> {
  return renderOfficialDocx(report.document);
}

export async function reportWorkbook(report: ResolvedReport): Promise<Buffer> {
  const d = report.document;
  return tablesWorkbook(report.tables, {
    title: d.title,
    note: `${numberAndSymbol(d.number, d.symbol)} · ${d.summary} · số liệu đến ngày ${shortDate(report.asOf)}`,
  });
}
