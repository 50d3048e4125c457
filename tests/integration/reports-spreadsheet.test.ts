/**
 * Spreadsheets of a period's reports: the template (read back), filled in and imported through
 * the preview and the one-transaction commit, and the export of what was stored.
 */
import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';

import { idleState, type ActionState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { loadReportUpload, suggestReportMapping } from '@/lib/reports/import';
import { commitReportImportAction, previewReportImport, uploadReportFile } from '@/lib/reports/import-actions';
import { ORG_ID_HEADER } from '@/lib/reports/spreadsheet';
import { createOrganization, createReport, createReportingPeriod, createUnit, createUser } from '@/prisma/seed/factories';
import { actAs } from '@/tests/setup/next-runtime';

import { GET as templateRoute } from '@/app/quan-tri/bao-cao/[periodId]/mau-excel/route';
import { GET as exportRoute } from '@/app/quan-tri/bao-cao/[periodId]/xuat-excel/route';

let periodId: number;
let communeA: number;
let officer: { id: number };
let staff: { id: number };
const org: Record<'good' | 'bad' | 'warn', number> = { good: 0, bad: 0, warn: 0 };

const report = (organizationId: number) => prisma.organizationReport.findUniqueOrThrow({ where: { organizationId_periodId: { organizationId, periodId } } });

async function sheetRows(response: Response): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  return rows;
}

async function outcome(run: () => Promise<ActionState>): Promise<{ state?: ActionState; redirect?: string }> {
  try {
    return { state: await run() };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? '');
    if (digest.startsWith('NEXT_REDIRECT;')) return { redirect: digest.split(';')[2] };
    throw error;
  }
}

const routeParams = () => ({ params: Promise.resolve({ periodId: String(periodId) }) });

beforeAll(async () => {
  const province = await createUnit(prisma, { level: 'PROVINCE', type: 'Tỉnh', name: 'An Giang' });
  communeA = (await createUnit(prisma, { parentId: province.id, name: 'Giồng Riềng' })).id;
  officer = await createUser(prisma, { role: 'DISTRICT_OFFICER', unitId: communeA });
  staff = await createUser(prisma, { role: 'STAFF' });
  const previous = await createReportingPeriod(prisma, { year: 2025, kind: 'FULL_YEAR' });
  const period = await createReportingPeriod(prisma, { year: 2026, kind: 'FIRST_HALF' });
  await prisma.reportingPeriod.update({ where: { id: period.id }, data: { openedAt: new Date('2026-01-01') } });
  periodId = period.id;
  for (const key of ['good', 'bad', 'warn'] as const) {
    org[key] = (await createOrganization(prisma, { unitId: communeA, name: `HTX bảng tính ${key}` })).id;
    await createReport(prisma, { organizationId: org[key], periodId, state: 'DRAFT', enteredAt: null, firstSubmittedAt: null });
  }
  await createReport(prisma, { organizationId: org.good, periodId: previous.id, members: 77, officialMembers: 70, enteredAt: new Date('2026-01-10') });
});

let template: string[][];

describe('template', () => {
  it("lists the unit's expected organizations, pre-filled from the previous report when asked", async () => {
    actAs(officer);
    template = await sheetRows(await templateRoute(new NextRequest(`http://localhost/x?ky-truoc=1`), routeParams()));
    const header = template[0];
    expect(header[0]).toBe(ORG_ID_HEADER);
    expect(template.slice(1).map((r) => Number(r[0])).sort()).toEqual(Object.values(org).sort());
    const members = header.indexOf('Tổng số thành viên');
    const good = template.find((r) => Number(r[0]) === org.good)!;
    const bad = template.find((r) => Number(r[0]) === org.bad)!;
    expect(good[members]).toBe('77');
    expect(bad[members] ?? '').toBe('');
  });
});

describe('import', () => {
  async function filledFile(): Promise<File> {
    const header = template[0];
    const col = (label: string) => header.indexOf(label);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Báo cáo');
    ws.addRow(header);
    for (const r of template.slice(1)) {
      const row = [...r];
      const id = Number(row[0]);
      row[col('Tổng số thành viên')] = '40';
      row[col('Thành viên chính thức')] = id === org.bad ? '50' : '35';
      row[col('Vốn điều lệ (đồng)')] = '1.500.000.000';
      row[col('Doanh thu trong kỳ (đồng)')] = '2.000.000.000';
      row[col('Lợi nhuận trong kỳ (lỗ ghi số âm) (đồng)')] = id === org.warn ? '3.000.000.000' : '150.000.000';
      ws.addRow(row);
    }
    return new File([new Uint8Array(await wb.xlsx.writeBuffer())], 'bao-cao-xa.xlsx');
  }

  async function uploadAndPreview(): Promise<string> {
    const form = new FormData();
    form.set('file', await filledFile());
    const up = await outcome(() => uploadReportFile(periodId, idleState, form));
    const token = /tep=([A-Za-z0-9_-]{32})/.exec(up.redirect ?? '')?.[1];
    expect(token, JSON.stringify(up)).toBeTruthy();
    const loaded = await loadReportUpload(token!, officer.id);
    const mapping = suggestReportMapping(loaded!.upload.sheets[0].rows[0]);
    const mapForm = new FormData();
    mapForm.set('headerRow', '0');
    for (const [c, key] of Object.entries(mapping)) mapForm.set(`col_${c}`, key);
    const pv = await outcome(() => previewReportImport(periodId, token!, idleState, mapForm));
    expect(pv.redirect, JSON.stringify(pv)).toContain(`tep=${token}`);
    return token!;
  }

  it('previews each row through the same checks: the bad row refused, the warning accepted', async () => {
    actAs(officer);
    const token = await uploadAndPreview();
    const preview = (await loadReportUpload(token, officer.id))!.state!.preview!;
    const byOrg = Object.fromEntries(preview.rows.map((r) => [r.organizationId, r]));
    expect(byOrg[org.good]).toMatchObject({ ok: true, errors: [] });
    expect(byOrg[org.bad].ok).toBe(false);
    expect(byOrg[org.bad].errors.join(' ')).toMatch(/chính thức/);
    expect(byOrg[org.warn].ok).toBe(true);
    expect(byOrg[org.warn].warnings.length).toBeGreaterThan(0);
    expect(preview).toMatchObject({ accepted: 2, refused: 1, warned: 1 });
    // Previewing writes nothing.
    expect((await report(org.good)).enteredAt).toBeNull();
  });

  it('writes nothing when the reports changed since the preview', async () => {
    actAs(officer);
    const token = await uploadAndPreview();
    await prisma.organizationReport.update({ where: { id: (await report(org.good)).id }, data: { state: 'SUBMITTED' } });
    const res = await outcome(() => commitReportImportAction(periodId, token, idleState, new FormData()));
    expect(res.state?.status).toBe('error');
    expect((await report(org.warn)).enteredAt).toBeNull();
    await prisma.organizationReport.update({ where: { id: (await report(org.good)).id }, data: { state: 'DRAFT' } });
  });

  it('imports the accepted rows as drafts in one go and leaves the refused one alone', async () => {
    actAs(officer);
    const token = await uploadAndPreview();
    const res = await outcome(() => commitReportImportAction(periodId, token, idleState, new FormData()));
    expect(res.redirect, JSON.stringify(res)).toContain('da-nhap=2');
    const good = await report(org.good);
    expect(good).toMatchObject({ state: 'DRAFT', members: 40, officialMembers: 35, charterCapital: 1_500_000_000n });
    expect((await report(org.warn)).profit).toBe(3_000_000_000n);
    expect((await report(org.bad)).enteredAt).toBeNull();
    expect(await prisma.importUpload.count({ where: { id: token } })).toBe(0);
  });
});

describe('export', () => {
  it("gives the period's reports with their figures and states", async () => {
    actAs(staff);
    const rows = await sheetRows(await exportRoute(new NextRequest('http://localhost/x'), routeParams()));
    const header = rows[0];
    const good = rows.find((r) => Number(r[0]) === org.good)!;
    expect(good[header.indexOf('Vốn điều lệ (đồng)')]).toBe('1500000000');
    expect(good[header.indexOf('Trạng thái báo cáo')]).toBe('Nháp');
    const bad = rows.find((r) => Number(r[0]) === org.bad)!;
    expect(bad[header.indexOf('Trạng thái báo cáo')]).toBe('Chưa nhập');
  });
});
