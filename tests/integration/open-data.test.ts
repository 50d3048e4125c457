import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { prisma } from '@/lib/db';
import { getOpenData, parseOpenDataFile, type OpenData } from '@/lib/open-data/queries';
import { tableCsv, tableJson, tablesWorkbook, type StatTable } from '@/lib/open-data/table';
import { EXPECTED_2023_H1, seedDatabase } from '@/prisma/seed/index';

// The public open data against counts written here in plain SQL, independently of the engine.

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
const AS_OF = '2025-12-31';
let data: OpenData;
let mid2023: OpenData;

beforeAll(async () => {
  await seedDatabase(prisma);
  await client.connect();
  [data, mid2023] = await Promise.all([getOpenData(AS_OF), getOpenData('2023-06-30')]);
});

afterAll(async () => {
  await client.end();
});

const table = (d: OpenData, id: string): StatTable => d.tables.find((t) => t.id === id)!;

/** Organizations existing on $1 (founded by then, last status change by then not an end). */
const EXISTING = `
  WITH last_status AS (
    SELECT DISTINCT ON (s."organizationId") s."organizationId" AS id, s.status
      FROM "StatusChange" s WHERE s."effectiveOn" <= $1::date
     ORDER BY s."organizationId", s."effectiveOn" DESC, s.id DESC
  )
  SELECT o.* FROM "Organization" o LEFT JOIN last_status ls ON ls.id = o.id
   WHERE o."deletedAt" IS NULL
     AND coalesce(o."establishedOn", o."createdAt"::date) <= $1::date
     AND coalesce(ls.status::text, 'ACTIVE') NOT IN ('DISSOLVED', 'BANKRUPT', 'REVOKED', 'CONVERTED', 'MERGED')`;

describe('open data equals independent SQL on the demo province', () => {
  it('counts by kind as of 31/12/2025', async () => {
    const { rows } = await client.query<{ kind: string; n: number }>(`SELECT kind::text, count(*)::int AS n FROM (${EXISTING}) e GROUP BY kind`, [AS_OF]);
    const kinds = table(data, 'loai-hinh');
    for (const { kind, n } of rows) expect(kinds.rows.find((r) => r.loai_hinh === kind)?.so_luong, kind).toBe(n);
    expect(kinds.total?.so_luong).toBe(rows.reduce((s, r) => s + r.n, 0));
  });

  it('members by kind from each organization’s latest approved report', async () => {
    const { rows } = await client.query<{ kind: string; members: number }>(
      `SELECT e.kind::text, coalesce(sum(r.members), 0)::int AS members
         FROM (${EXISTING}) e
         LEFT JOIN LATERAL (
           SELECT r.members FROM "OrganizationReport" r JOIN "ReportingPeriod" p ON p.id = r."periodId"
            WHERE r."organizationId" = e.id AND r.state = 'APPROVED' AND p."endsOn" <= $1::date
            ORDER BY p."endsOn" DESC LIMIT 1) r ON true
        GROUP BY e.kind`,
      [AS_OF],
    );
    const kinds = table(data, 'loai-hinh');
    for (const { kind, members } of rows) expect(kinds.rows.find((r) => r.loai_hinh === kind)?.thanh_vien, kind).toBe(members);
  });

  it('by today’s commune: every existing organization once, by the commune it is registered in today', async () => {
    const { rows } = await client.query<{ unit: string; n: number }>(
      `SELECT u.type || ' ' || u.name AS unit, count(*)::int AS n
         FROM (${EXISTING}) e JOIN "AdministrativeUnit" u ON u.id = e."unitId"
        GROUP BY 1`,
      [AS_OF],
    );
    const communes = table(data, 'xa-phuong');
    expect(communes.total?.tong).toBe(rows.reduce((s, r) => s + r.n, 0));
    for (const { unit, n } of rows) expect(communes.rows.find((r) => r.don_vi === unit)?.tong, unit).toBe(n);
  });

  it('new and ended in each half-year', async () => {
    const { rows } = await client.query<{ founded: number; ended: number }>(
      `SELECT (SELECT count(*)::int FROM "Organization" o WHERE o."deletedAt" IS NULL
                 AND coalesce(o."establishedOn", o."createdAt"::date) BETWEEN '2023-01-01' AND '2023-06-30') AS founded,
              (SELECT count(*)::int FROM (
                 SELECT DISTINCT ON (s."organizationId") s."effectiveOn" FROM "StatusChange" s JOIN "Organization" o ON o.id = s."organizationId"
                  WHERE o."deletedAt" IS NULL AND s.status::text IN ('DISSOLVED', 'BANKRUPT', 'REVOKED', 'CONVERTED', 'MERGED')
                  ORDER BY s."organizationId", s."effectiveOn", s.id) x
                WHERE x."effectiveOn" BETWEEN '2023-01-01' AND '2023-06-30') AS ended`,
    );
    const half = table(data, 'bien-dong').rows.find((r) => r.tu_ngay === '2023-01-01');
    expect(half).toMatchObject({ den_ngay: '2023-06-30', thanh_lap: rows[0].founded, cham_dut: rows[0].ended });
    expect(half?.thanh_lap_htx).toBeGreaterThan(0);
  });

  it('matches the sơ kết of 30/6/2023 and its trend point', async () => {
    const kinds = table(mid2023, 'loai-hinh');
    const e = EXPECTED_2023_H1;
    expect(kinds.rows.find((r) => r.loai_hinh === 'COOPERATIVE')?.so_luong).toBe(e.cooperatives.total - e.cooperatives.creditFunds);
    expect(kinds.rows.find((r) => r.loai_hinh === 'CREDIT_FUND')?.so_luong).toBe(e.cooperatives.creditFunds);
    expect(kinds.rows.find((r) => r.loai_hinh === 'GROUP')).toMatchObject({ so_luong: e.groups.total, thanh_vien: e.groups.members, von_dong: e.groups.contributedCapital });
    const point = table(data, 'xu-huong').rows.find((r) => r.ngay === '2023-06-30');
    expect(point).toMatchObject({ htx: e.cooperatives.total - e.cooperatives.creditFunds, qtdnd: e.cooperatives.creditFunds, lhhtx: e.unions.total, tht: e.groups.total });
  });
});

describe('open data files', () => {
  it('CSV: UTF-8 with a byte-order mark, machine field names, quoted where needed, no total row', () => {
    const csv = tableCsv(table(data, 'linh-vuc'));
    expect(csv.startsWith('\uFEFFnhom_linh_vuc,linh_vuc,so_luong,thanh_vien\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(table(data, 'linh-vuc').rows.length + 1);
    expect(lines).toContain(`Nông nghiệp,"Trồng trọt, chăn nuôi",${table(data, 'linh-vuc').rows.find((r) => r.linh_vuc === 'Trồng trọt, chăn nuôi')?.so_luong},${table(data, 'linh-vuc').rows.find((r) => r.linh_vuc === 'Trồng trọt, chăn nuôi')?.thanh_vien}`);
    expect(lines.some((l) => l.startsWith('Tổng số'))).toBe(false);
  });

  it('JSON: the as-of date, the fields’ meanings, rows and the total', () => {
    const json = JSON.parse(JSON.stringify(tableJson(table(data, 'loai-hinh'), { asOf: AS_OF, source: 'x' })));
    expect(json.asOf).toBe(AS_OF);
    expect(json.fields.map((f: { key: string }) => f.key)).toEqual(['loai_hinh', 'ten', 'so_luong', 'thanh_vien', 'von_dong', 'dien_tich_ha', 'lao_dong']);
    expect(json.fields.every((f: { description: string }) => f.description.length > 3)).toBe(true);
    expect(json.rows).toHaveLength(4);
    expect(json.total.so_luong).toBe(table(data, 'loai-hinh').total?.so_luong);
  });

  it('xlsx: a sheet with the title, the headers, the rows as numbers and the total', async () => {
    const t = table(data, 'loai-hinh');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await tablesWorkbook([t], { title: t.title, note: 'n' })).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell(1, 1).value).toBe(t.title);
    expect(sheet.getRow(3).getCell(2).value).toBe('Loại hình');
    expect(sheet.getRow(4).getCell(3).value).toBe(t.rows[0].so_luong);
    expect(sheet.getRow(8).getCell(2).value).toBe('Tổng số');
    expect(sheet.getRow(8).getCell(3).value).toBe(t.total?.so_luong);
  });

  it('file names map to tables and formats; anything else is not a file', () => {
    expect(parseOpenDataFile('xa-phuong.csv')).toEqual({ id: 'xa-phuong', format: 'csv' });
    expect(parseOpenDataFile('loai-hinh.json')).toEqual({ id: 'loai-hinh', format: 'json' });
    expect(parseOpenDataFile('loai-hinh.pdf')).toBeNull();
    expect(parseOpenDataFile('../loai-hinh.csv')).toBeNull();
    expect(parseOpenDataFile('khac.csv')).toBeNull();
  });
});
