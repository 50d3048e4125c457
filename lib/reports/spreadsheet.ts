import 'server-only';

/**
 * A period's reports as .xlsx, and the template a commune fills and sends back: the same columns
 * in both (organization code, registration number, name, unit, then every figure), so that an
 * export can be corrected and imported again. Money as numbers with "#,##0" (Excel shows
 * 1.500.000.000 in a Vietnamese locale), areas with two decimals.
 */
import ExcelJS from 'exceljs';

import { prisma } from '@/lib/db';
import type { OrgKind, SubmissionState } from '@/lib/generated/prisma/enums';
import { ORG_KIND_LABELS } from '@/lib/organizations/sectors';
import { REPORT_FIELDS, type ReportNumberField } from '@/lib/reports/schema';
import { getUnitSubtreeIds } from '@/lib/units/subtree';

export const REPORT_SHEET_NAME = 'Báo cáo';
export const MONEY_FORMAT = '#,##0';
export const AREA_FORMAT = '#,##0.00';

/** Header of the organization code column: the import matches rows by it first. */
export const ORG_ID_HEADER = 'Mã tổ chức (không sửa)';
export const NIL_HEADER = 'Báo cáo không hoạt động (x)';
export const COMMENT_HEADER = 'Giải trình';

export function figureHeader(f: (typeof REPORT_FIELDS)[number]): string {
  const unit = 'unit' in f && f.unit && f.unit !== 'người' ? ` (${f.unit})` : '';
  return `${f.label}${unit}`;
}

const STATE_TEXT: Record<SubmissionState, string> = { DRAFT: 'Nháp', SUBMITTED: 'Đã gửi', APPROVED: 'Đã duyệt', RETURNED: 'Trả lại' };

type SheetRow = {
  organizationId: number;
  registrationNumber: string | null;
  name: string;
  kind: OrgKind;
  unit: string;
  figures: Partial<Record<ReportNumberField, number | bigint | string | null>>;
  nilReport: boolean;
  comment: string | null;
  state?: string;
};

const figureSelect = Object.fromEntries(REPORT_FIELDS.map((f) => [f.name, true])) as Record<ReportNumberField, true>;

/** Excel numbers are doubles: exact for đồng below 2^53 (9 triệu tỷ), far above any cooperative. */
function cellValue(v: number | bigint | string | null | undefined): number | null {
  return v == null ? null : Number(v);
}

async function reportRows(periodId: number, unitId: number | null) {
  const unitIds = unitId != null ? await getUnitSubtreeIds(unitId) : null;
  return prisma.organizationReport.findMany({
    where: { periodId, ...(unitIds ? { unitId: { in: unitIds } } : {}), organization: { deletedAt: null } },
    select: {
      organizationId: true,
      state: true,
      enteredAt: true,
      nilReport: true,
      comment: true,
      ...figureSelect,
      unit: { select: { type: true, name: true } },
      organization: { select: { name: true, kind: true, registrationNumber: true } },
    },
    orderBy: [{ unit: { name: 'asc' } }, { organization: { name: 'asc' } }, { organizationId: 'asc' }],
  });
}

function toSheetRow(r: Awaited<ReturnType<typeof reportRows>>[number], figures: SheetRow['figures'], withState: boolean): SheetRow {
  return {
    organizationId: r.organizationId,
    registrationNumber: r.organization.registrationNumber,
    name: r.organization.name,
    kind: r.organization.kind,
    unit: `${r.unit.type} ${r.unit.name}`,
    figures,
    nilReport: withState ? r.nilReport : false,
    comment: withState ? r.comment : null,
    state: withState ? (r.enteredAt == null ? 'Chưa nhập' : STATE_TEXT[r.state]) : undefined,
  };
}

async function workbookOf(rows: SheetRow[], title: string, withState: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng thông tin Liên minh Hợp tác xã tỉnh';
  workbook.created = new Date();
  workbook.title = title;
  const sheet = workbook.addWorksheet(REPORT_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }] });
  const columns: Partial<ExcelJS.Column>[] = [
    { header: ORG_ID_HEADER, key: 'organizationId', width: 12 },
    { header: 'Số đăng ký', key: 'registrationNumber', width: 16 },
    { header: 'Tên tổ chức', key: 'name', width: 44 },
    { header: 'Loại hình', key: 'kind', width: 16 },
    { header: 'Đơn vị hành chính', key: 'unit', width: 22 },
    ...REPORT_FIELDS.map((f) => ({
      header: figureHeader(f),
      key: f.name,
      width: f.kind === 'money' ? 18 : 12,
      style: { numFmt: f.kind === 'money' ? MONEY_FORMAT : f.kind === 'count' ? '#,##0' : AREA_FORMAT },
    })),
    { header: NIL_HEADER, key: 'nilReport', width: 12 },
    { header: COMMENT_HEADER, key: 'comment', width: 40 },
  ];
  if (withState) columns.push({ header: 'Trạng thái báo cáo', key: 'state', width: 14 });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  for (const r of rows) {
    const record: Record<string, unknown> = {
      organizationId: r.organizationId,
      registrationNumber: r.registrationNumber,
      name: r.name,
      kind: ORG_KIND_LABELS[r.kind],
      unit: r.unit,
      nilReport: r.nilReport ? 'x' : null,
      comment: r.comment,
      state: r.state,
    };
    for (const f of REPORT_FIELDS) {
      const creditOnly = 'creditOnly' in f && f.creditOnly;
      record[f.name] = creditOnly && r.kind !== 'CREDIT_FUND' ? null : cellValue(r.figures[f.name]);
    }
    sheet.addRow(record);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every report of the period in the scope, with its figures and state. */
export async function periodReportsWorkbook(periodId: number, unitId: number | null, title: string): Promise<{ buffer: Buffer; rows: number }> {
  const reports = await reportRows(periodId, unitId);
  const rows = reports.map((r) => {
    const figures: SheetRow['figures'] = {};
    if (r.enteredAt != null) for (const f of REPORT_FIELDS) figures[f.name] = r[f.name] == null ? null : typeof r[f.name] === 'object' ? (r[f.name] as { toFixed(): string }).toFixed() : (r[f.name] as number | bigint);
    return toSheetRow(r, figures, true);
  });
  return { buffer: await workbookOf(rows, title, true), rows: rows.length };
}

/**
 * The template of a period for a unit: its expected organizations, figures blank, or pre-filled
 * from each organization's report of the latest earlier period with figures (`prefill`).
 */
export async function periodTemplateWorkbook(periodId: number, unitId: number | null, title: string, prefill: boolean): Promise<{ buffer: Buffer; rows: number }> {
  const reports = await reportRows(periodId, unitId);
  const previous = new Map<number, SheetRow['figures']>();
  if (prefill && reports.length > 0) {
    const period = await prisma.reportingPeriod.findUniqueOrThrow({ where: { id: periodId }, select: { endsOn: true } });
    // The latest earlier report with figures of each organization, in one query.
    const earlier = await prisma.organizationReport.findMany({
      where: { organizationId: { in: reports.map((r) => r.organizationId) }, enteredAt: { not: null }, period: { endsOn: { lt: period.endsOn } } },
      select: { organizationId: true, ...figureSelect },
      orderBy: [{ organizationId: 'asc' }, { period: { endsOn: 'desc' } }],
      distinct: ['organizationId'],
    });
    for (const e of earlier) {
      const figures: SheetRow['figures'] = {};
      for (const f of REPORT_FIELDS) {
        const v = e[f.name];
        figures[f.name] = v == null ? null : typeof v === 'object' ? v.toFixed() : v;
      }
      previous.set(e.organizationId, figures);
    }
  }
  const rows = reports.map((r) => toSheetRow(r, previous.get(r.organizationId) ?? {}, false));
  return { buffer: await workbookOf(rows, title, false), rows: rows.length };
}
