/**
 * The spreadsheet import through its server actions, as each role, on a real database: files
 * built here with exceljs (and by hand for CSV and hostile zips), read, mapped, previewed and
 * imported. Only the session and Next's cache calls are stood in for (tests/setup/next-runtime.ts).
 */
import { execSync } from 'node:child_process';
import { deflateRawSync } from 'node:zlib';

import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { idleState, type ActionState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { discardImport, runImport, saveImportMapping, uploadImportFile } from '@/lib/import/actions';
import { AlreadyImportedError, commitImport } from '@/lib/import/commit';
import { headerSignature, MEMBER_FIELDS, ORGANIZATION_FIELDS, suggestMapping } from '@/lib/import/fields';
import { initialMapping, loadMemory, MAPPING_PREFERENCE_KEYS } from '@/lib/import/memory';
import { readSpreadsheet } from '@/lib/import/read';
import { findUpload } from '@/lib/import/store';
import type { Preview } from '@/lib/import/types';
import { LAW_2023_RULES } from '@/prisma/seed/rules';
import { actAs, takeExpired } from '@/tests/setup/next-runtime';

import { GET as templateRoute } from '@/app/quan-tri/nhap-du-lieu/mau/route';

// ───────────────────────────── Fixtures ─────────────────────────────

type Cell = string | number | Date | null | { formula: string; result?: number | string };
type Rows = Cell[][];

const HEADERS = ['STT', 'Tên HTX', 'Mã số HTX', 'Mã số thuế', 'Loại hình', 'Lĩnh vực', 'Xã/phường', 'Địa chỉ', 'Số điện thoại', 'Người đại diện', 'Ngày thành lập', 'Vốn điều lệ', 'Thành viên Liên minh'];

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function xlsxBytes(sheets: Record<string, Rows>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const fileOf = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);

async function xlsxFile(sheets: Record<string, Rows>, name = 'danh-sach.xlsx'): Promise<File> {
  return fileOf(await xlsxBytes(sheets), name);
}

function form(values: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

type Outcome = { state?: ActionState; redirect?: string; status?: number };

async function run(action: Promise<ActionState>): Promise<Outcome> {
  try {
    return { state: await action };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT;')) return { redirect: digest.split(';')[2] };
    if (typeof digest === 'string' && digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;')) return { status: Number(digest.split(';')[1]) };
    throw error;
  }
}

const messageOf = (o: Outcome) => (o.state?.status === 'error' ? o.state.message : `no error: ${JSON.stringify(o)}`);

/** Uploads as the current user; returns the token. */
async function upload(file: File): Promise<string> {
  const outcome = await run(uploadImportFile(idleState, form({ file })));
  const token = /\/quan-tri\/nhap-du-lieu\/([A-Za-z0-9_-]{32})$/.exec(outcome.redirect ?? '')?.[1];
  expect(token, JSON.stringify(outcome)).toBeTruthy();
  return token!;
}

/** Confirms a mapping (the suggested one unless given) and returns the stored preview. */
async function preview(token: string, userId: number, columns?: Record<number, string>, extra: Record<string, string> = {}): Promise<Preview> {
  const found = await findUpload(prisma, token, userId);
  if (found.status !== 'ok') throw new Error(found.status);
  const headers = found.upload.sheets[0].rows[0];
  const mapping = columns ?? suggestMapping(headers, 'organizations');
  const values: Record<string, string> = { orgSheet: '0', orgHeaderRow: '0', memberSheet: '', memberHeaderRow: '' , ...extra };
  for (const [col, key] of Object.entries(mapping)) values[`col_${col}`] = key;
  const outcome = await run(saveImportMapping(token, idleState, form(values)));
  expect(outcome.redirect, messageOf(outcome)).toBe(`/quan-tri/nhap-du-lieu/${token}/xem-truoc`);
  const after = await findUpload(prisma, token, userId);
  if (after.status !== 'ok' || !after.upload.preview) throw new Error('no preview');
  return after.upload.preview;
}

const rowOf = (p: Preview, row: number) => p.organizations.rows.find((r) => r.row === row)!;
const errorsOf = (p: Preview, row: number) => rowOf(p, row).messages.filter((m) => m.level === 'error').map((m) => m.text).join(' | ');

let provinceId: number;
let communeA: number;
let communeB: number;
let staff: { id: number };
let officer: { id: number };
let leader: { id: number };
let editor: { id: number };
let existingId: number;

beforeAll(async () => {
  const from = utc(2025, 7, 1);
  const oldProvince = await prisma.administrativeUnit.create({ data: { code: '91', name: 'Kiên Giang', type: 'Tỉnh', level: 'PROVINCE', validFrom: utc(2004, 1, 1), validTo: utc(2025, 6, 30) } });
  await prisma.administrativeUnit.create({ data: { code: '904', name: 'Tân Hiệp', type: 'Huyện', level: 'DISTRICT', parentId: oldProvince.id, validFrom: utc(2004, 1, 1), validTo: utc(2025, 6, 30) } });
  provinceId = (await prisma.administrativeUnit.create({ data: { code: '89', name: 'An Giang', type: 'Tỉnh', level: 'PROVINCE', validFrom: from } })).id;
  communeA = (await prisma.administrativeUnit.create({ data: { code: '30781', name: 'Giồng Riềng', type: 'Xã', level: 'COMMUNE', parentId: provinceId, validFrom: from } })).id;
  communeB = (await prisma.administrativeUnit.create({ data: { code: '30784', name: 'Hòn Đất', type: 'Xã', level: 'COMMUNE', parentId: provinceId, validFrom: from } })).id;
  const user = (email: string, role: 'STAFF' | 'DISTRICT_OFFICER' | 'LEADER' | 'EDITOR', unitId: number | null = null) =>
    prisma.user.create({ data: { email, name: `Người dùng ${role}`, role, unitId, passwordHash: 'x' } });
  staff = await user('canbo@example.vn', 'STAFF');
  officer = await user('xa@example.vn', 'DISTRICT_OFFICER', communeA);
  leader = await user('lanhdao@example.vn', 'LEADER');
  editor = await user('bientap@example.vn', 'EDITOR');
  for (const rule of LAW_2023_RULES) await prisma.validationRule.create({ data: rule });
  existingId = (
    await prisma.organization.create({
      data: {
        slug: 'hop-tac-xa-nong-nghiep-tan-phat',
        kind: 'COOPERATIVE',
        name: 'Hợp tác xã Nông nghiệp Tân Phát',
        registrationNumber: '5607000001',
        taxCode: '1701234567',
        sector: 'CROP_LIVESTOCK',
        sectorGroup: 'AGRICULTURE',
        unitId: communeA,
        phone: '0297 3861 234',
        charterCapital: 1_000_000_000n,
        establishedOn: utc(2019, 3, 15),
      },
    })
  ).id;
});

// ───────────────────────────── Columns ─────────────────────────────

describe('column mapping', () => {
  it('suggests fields from Vietnamese headers, whatever their case, diacritics or Unicode form', () => {
    const mapping = suggestMapping(HEADERS, 'organizations');
    expect(mapping).toEqual({
      1: 'name',
      2: 'registrationNumber',
      3: 'taxCode',
      4: 'kind',
      5: 'sector',
      6: 'unit',
      7: 'address',
      8: 'phone',
      9: 'leaderName',
      10: 'establishedOn',
      11: 'charterCapital',
      12: 'allianceMembership',
    });
    const variants = ['TÊN HỢP TÁC XÃ', 'so dkkd', 'Tên hợp tác xã'.normalize('NFD'), 'Vốn điều lệ (triệu đồng)', 'Xã, phường', 'SĐT', 'Người đại diện theo pháp luật'];
    expect(suggestMapping(variants, 'organizations')).toEqual({ 0: 'name', 1: 'registrationNumber', 3: 'charterCapital', 4: 'unit', 5: 'phone', 6: 'leaderName' });
    expect(suggestMapping(['Số ĐKKD', 'Tên HTX'], 'organizations')).toEqual({ 0: 'registrationNumber', 1: 'name' });
    // The template's own headers map to their fields, on both sheets.
    for (const [fields, target] of [[ORGANIZATION_FIELDS, 'organizations'], [MEMBER_FIELDS, 'members']] as const) {
      expect(suggestMapping(fields.map((f) => f.label), target)).toEqual(Object.fromEntries(fields.map((f, i) => [i, f.key])));
    }
  });

  it('remembers a user’s mapping for files with the same headers, and headers mapped by hand', async () => {
    actAs(staff);
    const headers = ['Cơ sở', 'Địa bàn xã', 'Ngành', 'Ghi chú'];
    const token = await upload(await xlsxFile({ DS: [headers, ['HTX Dịch vụ Ngọc Chúc', 'Giồng Riềng', 'Thương mại', '']] }));
    // "Cơ sở" names nothing the importer knows: the user maps it by hand.
    expect(suggestMapping(headers, 'organizations')[0]).toBeUndefined();
    await preview(token, staff.id, { 0: 'name', 1: 'unit', 2: 'sector' });
    const memory = await loadMemory(prisma, staff.id, 'organizations');
    expect(initialMapping(memory, headers, 'organizations')).toEqual({ columns: { 0: 'name', 1: 'unit', 2: 'sector' }, remembered: true });
    // Another file with the same hand-mapped header elsewhere gets it too.
    expect(initialMapping(memory, ['STT', 'Cơ sở', 'Xã/phường'], 'organizations')).toEqual({ columns: { 1: 'name', 2: 'unit' }, remembered: false });
    const pref = await prisma.userPreference.findUnique({ where: { userId_key: { userId: staff.id, key: MAPPING_PREFERENCE_KEYS.organizations } } });
    expect(Object.keys((pref!.value as { signatures: object }).signatures)).toContain(headerSignature(headers));
    // Another user's memory is their own.
    expect(initialMapping(await loadMemory(prisma, officer.id, 'organizations'), headers, 'organizations').remembered).toBe(false);
  });
});

// ───────────────────────────── Preview ─────────────────────────────

describe('preview', () => {
  it('shows each row’s errors before anything is written, within a district officer’s scope', async () => {
    actAs(officer);
    const before = await prisma.organization.count();
    const token = await upload(
      await xlsxFile({
        'Danh sách': [
          ['DANH SÁCH HỢP TÁC XÃ TRÊN ĐỊA BÀN XÃ GIỒNG RIỀNG'],
          [],
          HEADERS,
          ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)', '(13)'],
          [1, 'HTX Nông nghiệp Hòa Lợi', '5607000101', '1701110001', 'HTX', 'Trồng trọt, chăn nuôi', 'Xã Giồng Riềng', 'Ấp Hòa Lợi', '0297 3861 111', 'Lê Văn Tám', utc(2020, 5, 4), 1_500_000_000, 'Thành viên chính thức'],
          [2, 'HTX Thủy sản Ngọc Hòa', '5607000102', '17011', 'HTX', 'Thủy sản', 'Giồng Riềng', '', '', '', '15/03/2021', '', ''],
          [3, 'HTX Dịch vụ Mỹ Thái', '5607000103', '', 'Hợp tác xã', 'Dịch vụ', 'Xã Mỹ Thái', '', '', '', '', '', ''],
          [4, 'HTX Lúa giống Hòn Đất', '5607000104', '', 'Hợp tác xã', 'Trồng trọt', 'Xã Hòn Đất', '', '', '', '', '', ''],
          [5, 'HTX Rau sạch Thạnh Hưng', '5607000105', '', 'Hợp tác xã', 'Trồng trọt', 'Giồng Riềng', '', '', '', '', '', ''],
          [6, 'HTX Rau an toàn Long Thạnh', '5607000105', '', 'Hợp tác xã', 'Trồng trọt', 'Giồng Riềng', '', '', '', '', '', ''],
          [7, 'Tổ hợp tác Đan lục bình', '', '', '', 'Tiểu thủ công nghiệp', 'Huyện Tân Hiệp', '', '', '', '', '', ''],
          [8, 'HTX Thương mại Giồng Riềng', '', '', 'HTX', 'Thương mại', 'Giồng Riềng', '', '', '', '01/01/2099', '12,5 tỷ', 'có'],
          ['', 'Tổng cộng', '', '', '', '', '', '', '', '', '', 1_500_000_000, ''],
        ],
      }),
    );
    const found = await findUpload(prisma, token, officer.id);
    expect(found.status).toBe('ok');
    const values: Record<string, string> = { orgSheet: '0', orgHeaderRow: '2', memberSheet: '', memberHeaderRow: '' };
    for (const [col, key] of Object.entries(suggestMapping(HEADERS, 'organizations'))) values[`col_${col}`] = key;
    const outcome = await run(saveImportMapping(token, idleState, form(values)));
    expect(outcome.redirect).toMatch(/xem-truoc$/);
    const stored = await findUpload(prisma, token, officer.id);
    if (stored.status !== 'ok' || !stored.upload.preview) throw new Error('no preview');
    const pv = stored.upload.preview;

    expect(rowOf(pv, 5).outcome).toBe('create');
    expect(rowOf(pv, 5).unit).toBe('Xã Giồng Riềng');
    expect(errorsOf(pv, 6)).toMatch(/^Mã số thuế gồm 10 chữ số/);
    expect(errorsOf(pv, 7)).toMatch(/Không tìm thấy xã\/phường “Xã Mỹ Thái”/);
    expect(errorsOf(pv, 8)).toMatch(/Xã Hòn Đất nằm ngoài phạm vi bạn được phân công \(Xã Giồng Riềng\)/);
    expect(errorsOf(pv, 9)).toMatch(/Số đăng ký 5607000105 trùng với dòng 10 trong tệp/);
    expect(errorsOf(pv, 10)).toMatch(/trùng với dòng 9/);
    expect(errorsOf(pv, 11)).toMatch(/Huyện Tân Hiệp chỉ còn đến ngày 30\/06\/2025/);
    expect(errorsOf(pv, 12)).toMatch(/Ngày thành lập không được sau ngày hôm nay/);
    expect(errorsOf(pv, 12)).toMatch(/Vốn điều lệ/);
    // The title, the column numbers and the total are not organizations.
    expect(pv.organizations.rows.map((r) => r.row)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(pv.organizations.totals).toMatchObject({ create: 1, update: 0, error: 7, ignored: 2 });
    // Nothing written yet.
    expect(await prisma.organization.count()).toBe(before);
  });

  it('refuses roles without import.run, and another user’s upload', async () => {
    actAs(staff);
    const token = await upload(await xlsxFile({ DS: [HEADERS, [1, 'HTX Kênh Xáng', '', '', '', 'Thủy sản', 'Giồng Riềng']] }));
    for (const user of [leader, editor]) {
      actAs(user);
      expect((await run(uploadImportFile(idleState, form({ file: await xlsxFile({ DS: [HEADERS] }) })))).status).toBe(403);
      expect((await run(runImport(token, idleState, new FormData()))).status).toBe(403);
    }
    actAs(officer);
    expect((await run(runImport(token, idleState, new FormData()))).status).toBe(404);
    expect((await run(saveImportMapping(token, idleState, form({ orgSheet: '0', orgHeaderRow: '0' })))).status).toBe(404);
    expect((await findUpload(prisma, token, officer.id)).status).toBe('missing');
    actAs(staff);
    expect((await run(discardImport(token, idleState, new FormData()))).redirect).toMatch(/thong-bao=da-huy/);
    expect(await prisma.importUpload.count({ where: { id: token } })).toBe(0);
  });
});

// ───────────────────────────── Import ─────────────────────────────

describe('import', () => {
  const rows = (phone: string): Rows => [
    HEADERS,
    // Matches the existing organization by registration number.
    [1, 'Hợp tác xã Nông nghiệp Tân Phát', '5607000001', '1701234567', 'Hợp tác xã', 'Trồng trọt, chăn nuôi', 'Xã Giồng Riềng', 'Ấp Tân Phát', phone, 'Nguyễn Văn An', utc(2019, 3, 15), 1_000_000_000, ''],
    [2, 'HTX Dịch vụ nông nghiệp Thạnh Hòa', '5607000201', '1701110201', 'HTX', 'Dịch vụ nông nghiệp', 'Giồng Riềng', 'Ấp Thạnh Hòa', '0297 3861 201', 'Phạm Thị Hoa', utc(2018, 8, 1), 800_000_000, 'Chính thức'],
    // No registration number: matched on name + unit the second time, whatever the spelling.
    [3, 'Tổ hợp tác Trồng nấm Hòa An', '', '', 'Tổ hợp tác', 'Trồng trọt', 'Xã Hòn Đất', '', '', 'Võ Văn Sáu', '', '', ''],
  ];

  it('creates, then updates instead of duplicating when the same file comes again', async () => {
    actAs(staff);
    const before = await prisma.organization.count();
    const token = await upload(await xlsxFile({ DS: rows('0297 3861 999') }));
    const p = await preview(token, staff.id);
    expect(p.organizations.rows.map((r) => r.outcome)).toEqual(['update', 'create', 'create']);
    expect(rowOf(p, 2).changes.map((c) => c.label)).toContain('Điện thoại');
    takeExpired();
    const done = await run(runImport(token, idleState, new FormData()));
    expect(done.redirect).toBe(`/quan-tri/nhap-du-lieu/${token}/ket-qua`);
    expect(await prisma.organization.count()).toBe(before + 2);

    const existing = await prisma.organization.findUniqueOrThrow({ where: { id: existingId } });
    expect(existing.phone).toBe('0297 3861 999');
    expect(existing.version).toBe(2);
    expect(existing.address).toBe('Ấp Tân Phát');
    const created = await prisma.organization.findUniqueOrThrow({ where: { registrationNumber: '5607000201' }, include: { statusChanges: true } });
    expect(created).toMatchObject({ kind: 'COOPERATIVE', sector: 'CROP_LIVESTOCK', unitId: communeA, allianceMembership: 'OFFICIAL', charterCapital: 800_000_000n, status: 'ACTIVE' });
    expect(created.statusChanges).toHaveLength(1);
    const group = await prisma.organization.findFirstOrThrow({ where: { name: 'Tổ hợp tác Trồng nấm Hòa An' } });
    expect(group).toMatchObject({ kind: 'GROUP', unitId: communeB, registrationNumber: null });

    // Audit: one row per organization written, with before/after, and one for the import.
    const update = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'Organization', entityId: String(existingId), action: 'organization.import.update' } });
    expect(update.before).toMatchObject({ phone: '0297 3861 234', version: 1 });
    expect(update.after).toMatchObject({ phone: '0297 3861 999', version: 2, importId: token });
    expect(await prisma.auditLog.count({ where: { action: 'organization.import.create', entityId: { in: [String(created.id), String(group.id)] } } })).toBe(2);
    const summary = await prisma.auditLog.findFirstOrThrow({ where: { action: 'import.run', entityId: token } });
    expect(summary).toMatchObject({ userId: staff.id, entity: 'ImportUpload' });
    expect(summary.after).toMatchObject({ organizationsCreated: 2, organizationsUpdated: 1, rowsSkipped: 0 });
    // Public pages of what changed are expired, and the statistics.
    expect(takeExpired()).toEqual(
      expect.arrayContaining(['organizations', 'stats', 'organization:hop-tac-xa-nong-nghiep-tan-phat', `organization:${created.slug}`, `organization:${group.slug}`]),
    );

    // Pressing the button again (a second tab) does not import twice.
    expect((await run(runImport(token, idleState, new FormData()))).redirect).toBe(`/quan-tri/nhap-du-lieu/${token}/ket-qua`);
    expect(await prisma.organization.count()).toBe(before + 2);

    // The same file again: nothing new, nothing changed.
    const again = await upload(await xlsxFile({ DS: rows('0297 3861 999') }));
    const p2 = await preview(again, staff.id);
    expect(p2.organizations.rows.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect((await run(runImport(again, idleState, new FormData()))).redirect).toMatch(/ket-qua$/);
    expect(await prisma.organization.count()).toBe(before + 2);

    // The name spelled differently (case, no diacritics, "HTX") still finds the group; an update.
    const changed = rows('0297 3861 999');
    changed[3] = [3, 'TO HOP TAC TRONG NAM HOA AN', '', '', 'THT', 'Trồng trọt', 'Hòn Đất', 'Ấp Hòa An', '', '', '', '', ''];
    const third = await upload(await xlsxFile({ DS: changed }));
    const p3 = await preview(third, staff.id);
    expect(p3.organizations.rows.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged', 'update']);
    await run(runImport(third, idleState, new FormData()));
    expect(await prisma.organization.count()).toBe(before + 2);
    const group2 = await prisma.organization.findUniqueOrThrow({ where: { id: group.id } });
    expect(group2).toMatchObject({ address: 'Ấp Hòa An', version: 2, name: 'TO HOP TAC TRONG NAM HOA AN' });
  });

  it('writes nothing when a row fails half-way: one transaction', async () => {
    actAs(staff);
    const token = await upload(
      await xlsxFile({
        DS: [
          HEADERS,
          [1, 'HTX Vận tải Kênh Mới', '5607000301', '', 'HTX', 'Vận tải', 'Giồng Riềng', '', '', '', '', '', ''],
          [2, 'HTX Nông nghiệp Tân Phát', '5607000001', '', '', '', '', 'Ấp Tân Phát mới', '', '', '', '', ''],
          [3, 'HTX Xây dựng Hòn Đất', '5607000302', '', 'HTX', 'Xây dựng', 'Hòn Đất', '', '', '', '', '', ''],
        ],
      }),
    );
    const p = await preview(token, staff.id);
    expect(p.organizations.rows.map((r) => r.outcome)).toEqual(['create', 'update', 'create']);
    const counts = async () => ({
      orgs: await prisma.organization.count(),
      audits: await prisma.auditLog.count(),
      changes: await prisma.statusChange.count(),
      version: (await prisma.organization.findUniqueOrThrow({ where: { id: existingId } })).version,
    });
    const before = await counts();
    // The database refuses the update of one row, after the new rows were inserted.
    await prisma.$executeRawUnsafe(`
      CREATE FUNCTION refuse_import_update() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'refused for the test'; END $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(`
      CREATE TRIGGER refuse_import_update BEFORE UPDATE ON "Organization"
      FOR EACH ROW WHEN (NEW.address = 'Ấp Tân Phát mới') EXECUTE FUNCTION refuse_import_update()`);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const outcome = await run(runImport(token, idleState, new FormData()));
      expect(messageOf(outcome)).toBe('Không nhập được do lỗi hệ thống. Không có dữ liệu nào được ghi; vui lòng thử lại.');
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
      await prisma.$executeRawUnsafe('DROP TRIGGER refuse_import_update ON "Organization"');
      await prisma.$executeRawUnsafe('DROP FUNCTION refuse_import_update()');
    }
    expect(await counts()).toEqual(before);
    expect(await prisma.organization.count({ where: { registrationNumber: { in: ['5607000301', '5607000302'] } } })).toBe(0);
    const stored = await findUpload(prisma, token, staff.id);
    expect(stored.status === 'ok' && stored.upload.importedAt).toBe(null);
  });

  it('imports an upload once, even when two requests race', async () => {
    actAs(staff);
    const token = await upload(await xlsxFile({ DS: [HEADERS, [1, 'Tổ hợp tác Nuôi ong Thạnh Lộc', '', '', '', 'Lâm nghiệp', 'Giồng Riềng', '', '', '', '', '', '']] }));
    const p = await preview(token, staff.id);
    const found = await findUpload(prisma, token, staff.id);
    if (found.status !== 'ok' || !found.upload.mapping) throw new Error('upload');
    const stored = { id: token, fileName: found.upload.fileName, format: found.upload.format, sheets: found.upload.sheets, mapping: found.upload.mapping };
    const user = { id: staff.id, name: 'Cán bộ', email: 'canbo@example.vn', role: 'STAFF' as const, unitId: null, organizationId: null };
    const results = await Promise.allSettled([commitImport(prisma, user, stored, p.fingerprint), commitImport(prisma, user, stored, p.fingerprint)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(AlreadyImportedError);
    expect(await prisma.organization.count({ where: { name: 'Tổ hợp tác Nuôi ong Thạnh Lộc' } })).toBe(1);
  });

  it('refuses to import when the register changed after the preview', async () => {
    actAs(staff);
    const token = await upload(await xlsxFile({ DS: [HEADERS, [1, 'HTX Nông nghiệp Tân Phát', '5607000001', '', '', '', '', '', '0297 3000 111', '', '', '', '']] }));
    await preview(token, staff.id);
    await prisma.organization.update({ where: { id: existingId }, data: { leaderName: 'Người khác vừa sửa', version: { increment: 1 } } });
    const outcome = await run(runImport(token, idleState, new FormData()));
    expect(messageOf(outcome)).toMatch(/^Chưa nhập: dữ liệu trong hệ thống đã thay đổi kể từ lúc xem trước/);
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: existingId } })).phone).not.toBe('0297 3000 111');
    // The refreshed preview is stored; importing now goes through.
    expect((await run(runImport(token, idleState, new FormData()))).redirect).toMatch(/ket-qua$/);
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: existingId } })).phone).toBe('0297 3000 111');
  });

  it('imports members from a second sheet, with the Law’s rules on the result', async () => {
    actAs(staff);
    const people = ['Nguyễn Văn Một', 'Trần Thị Hai', 'Lê Văn Ba', 'Phạm Thị Bốn', 'Võ Văn Năm', 'Đỗ Thị Sáu'];
    const token = await upload(
      await xlsxFile({
        'Tổ chức': [HEADERS, [1, 'HTX Nông nghiệp Long Thạnh', '5607000401', '', 'HTX', 'Trồng trọt', 'Giồng Riềng', '', '', '', utc(2021, 1, 10), 1_000_000_000, '']],
        'Thành viên': [
          ['Mã số HTX', 'Họ và tên', 'Loại thành viên', 'Số CCCD', 'Năm sinh', 'Giới tính', 'Ngày gia nhập', 'Vốn góp'],
          ...people.slice(0, 5).map((name, i) => ['5607000401', name, 'Chính thức', `09118500${1000 + i}`, 1970 + i, i % 2 ? 'Nữ' : 'Nam', utc(2021, 1, 10), 100_000_000]),
          // Over 30% of the charter capital: a blocking rule.
          ['5607000401', people[5], 'Chính thức', '091185009999', 1980, 'Nữ', utc(2021, 1, 10), 400_000_000],
          // An associate without capital cannot contribute.
          ['5607000401', 'Hồ Văn Bảy', 'Liên kết không góp vốn', '', '', '', utc(2022, 2, 2), 1_000_000],
        ],
      }),
    );
    const found = await findUpload(prisma, token, staff.id);
    if (found.status !== 'ok') throw new Error('upload');
    const values: Record<string, string> = { orgSheet: '0', orgHeaderRow: '0', memberSheet: '1', memberHeaderRow: '0' };
    for (const [col, key] of Object.entries(suggestMapping(HEADERS, 'organizations'))) values[`col_${col}`] = key;
    for (const [col, key] of Object.entries(suggestMapping(found.upload.sheets[1].rows[0], 'members'))) values[`mcol_${col}`] = key;
    expect(Object.values(suggestMapping(found.upload.sheets[1].rows[0], 'members'))).toEqual(['orgRegistrationNumber', 'name', 'type', 'idNumber', 'birthYear', 'gender', 'joinedOn', 'capital']);
    expect((await run(saveImportMapping(token, idleState, form(values)))).redirect).toMatch(/xem-truoc$/);
    const stored = await findUpload(prisma, token, staff.id);
    const p = stored.status === 'ok' ? stored.upload.preview! : null;
    const members = p!.members!;
    expect(members.rows.map((r) => r.outcome)).toEqual(['create', 'create', 'create', 'create', 'create', 'error', 'error']);
    expect(members.rows[5].messages.map((m) => m.text).join(' ')).toMatch(/không được vượt quá 30% vốn điều lệ/);
    expect(members.rows[6].messages.map((m) => m.text).join(' ')).toMatch(/liên kết không góp vốn/);
    expect((await run(runImport(token, idleState, new FormData()))).redirect).toMatch(/ket-qua$/);
    const org = await prisma.organization.findUniqueOrThrow({ where: { registrationNumber: '5607000401' }, include: { members: true, contributions: true } });
    expect(org.members.map((m) => m.name).sort()).toEqual(people.slice(0, 5).sort());
    expect(org.contributions.reduce((s, c) => s + c.amount, 0n)).toBe(500_000_000n);
    expect(await prisma.auditLog.count({ where: { action: 'member.import.create' } })).toBe(5);
  });
});

// ───────────────────────────── Hostile and awkward files ─────────────────────────────

/** A zip written by hand, so that a test can lie in it (sizes, missing parts). */
function zip(entries: { name: string; data: Buffer }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const compressed = deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const refusal = async (bytes: Uint8Array, name: string) => {
  const r = await readSpreadsheet(bytes, name);
  return r.ok ? 'accepted' : r.message;
};

describe('hostile and awkward files', () => {
  const csv = 'Tên HTX;Xã/phường;Lĩnh vực\nHợp tác xã Nông nghiệp Đồng Tâm;Giồng Riềng;Trồng trọt, chăn nuôi\n';

  it('judges files by content, with a clear message for each refusal', async () => {
    const png = new Uint8Array(Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
    expect(await refusal(png, 'danh-sach.xlsx')).toMatch(/Nội dung tệp không phải bảng tính \(nhận ra là image\/png\)/);
    expect(await refusal(new TextEncoder().encode(csv), 'danh-sach.xlsx')).toMatch(/có đuôi \.xlsx nhưng nội dung không phải tệp Excel/);
    expect(await refusal(new Uint8Array(), 'trong.xlsx')).toMatch(/^Tệp rỗng/);
    expect(await refusal(new Uint8Array(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')), 'bao-cao.csv')).toMatch(/tệp PDF/);
    expect(await refusal(new Uint8Array(6 * 1024 * 1024), 'lon.csv')).toMatch(/^Tệp quá lớn/);
    expect(await refusal(zip([{ name: 'readme.txt', data: Buffer.from('xin chao') }]), 'nen.xlsx')).toMatch(/không phải bảng tính Excel/);
    // A zip bomb: 130 MB of zeros in a file of about 130 KB.
    expect(await refusal(zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(130 * 1024 * 1024) }]), 'bom.xlsx')).toMatch(/giải nén ra quá lớn/);
    const broken = await xlsxBytes({ DS: [HEADERS] });
    expect(await refusal(broken.slice(0, broken.length - 200), 'hong.xlsx')).toMatch(/bị hỏng/);
    expect(await refusal(await xlsxBytes({ 'Trang 1': [], 'Trang 2': [] }), 'rong.xlsx')).toBe('Tệp Excel không có dữ liệu: mọi trang tính đều trống.');
  });

  it('answers every mangled workbook with a result, never an exception', async () => {
    const good = await xlsxBytes({ DS: [HEADERS, [1, 'HTX Nông nghiệp Hòa Lợi', '5607000901', '', 'HTX', 'Trồng trọt', 'Giồng Riềng']] });
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 60; i++) {
      const bytes = new Uint8Array(good);
      // Flip a few bytes anywhere (headers, compressed data, the central directory), or cut the file.
      for (let k = 0; k < 1 + Math.floor(random() * 8); k++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const mangled = i % 5 === 0 ? bytes.slice(0, Math.floor(random() * bytes.length)) : bytes;
      const result = await readSpreadsheet(mangled, 'hong.xlsx');
      if (!result.ok) expect(result.message.length, `case ${i}`).toBeGreaterThan(10);
    }
  });

  it('refuses the same files at the upload action, without a 500', async () => {
    actAs(staff);
    const outcome = await run(uploadImportFile(idleState, form({ file: fileOf(new Uint8Array(Buffer.from('GIF89a....')), 'x.xlsx') })));
    expect(outcome.state).toMatchObject({ status: 'error', fieldErrors: { file: expect.stringMatching(/không phải bảng tính/) } });
    expect((await run(uploadImportFile(idleState, form({ file: fileOf(new Uint8Array(), 'x.csv') })))).state?.status).toBe('error');
    expect((await run(uploadImportFile(idleState, new FormData()))).state).toMatchObject({ status: 'error', message: 'Vui lòng chọn tệp Excel (.xlsx) hoặc CSV.' });
  });

  it('reads CSV in UTF-8 (with BOM or not), UTF-16, Windows-1258 and TCVN3, as NFC text', async () => {
    const expected = 'Hợp tác xã Nông nghiệp Đồng Tâm';
    const encodings: [string, Uint8Array][] = [
      ['UTF-8', new TextEncoder().encode(csv)],
      ['UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)])],
      ['UTF-16LE', new Uint8Array([0xff, 0xfe, ...Buffer.from(csv, 'utf16le')])],
      ['Windows-1258', new Uint8Array(execSync('iconv -f UTF-8 -t WINDOWS-1258', { input: csv }))],
      ['TCVN3', new Uint8Array(execSync('iconv -f UTF-8 -t TCVN5712-1', { input: csv }))],
      ['NFD', new TextEncoder().encode(csv.normalize('NFD'))],
    ];
    for (const [label, bytes] of encodings) {
      const r = await readSpreadsheet(bytes, 'danh-sach.csv');
      expect(r.ok, label).toBe(true);
      if (!r.ok) continue;
      expect(r.sheets[0].rows[1][0], label).toBe(expected);
      expect(r.sheets[0].rows[1][2], label).toBe('Trồng trọt, chăn nuôi');
      expect(r.sheets[0].rows[0], label).toEqual(['Tên HTX', 'Xã/phường', 'Lĩnh vực']);
    }
    // An old workbook typed with a TCVN3 font: its cells hold the bytes as Windows-1252 letters.
    const tcvn3Cells = (text: string) => new TextDecoder('windows-1252').decode(execSync('iconv -f UTF-8 -t TCVN5712-1', { input: text }));
    const old = await readSpreadsheet(await xlsxBytes({ DS: [[tcvn3Cells('tên htx'), tcvn3Cells('xã/phường')], [tcvn3Cells('hợp tác xã nông nghiệp đồng tâm'), tcvn3Cells('giồng riềng')]] }), 'cu.xlsx');
    expect(old.ok && old.sheets[0].rows[1]).toEqual(['hợp tác xã nông nghiệp đồng tâm', 'giồng riềng']);
    expect(old.ok && old.warnings.join(' ')).toMatch(/TCVN3/);
    const legacy = await readSpreadsheet(encodings[3][1], 'x.csv');
    expect(legacy.ok && legacy.warnings.join(' ')).toMatch(/Windows-1258/);
    // VNI text cannot be converted reliably: refused with advice.
    const vni = await readSpreadsheet(new TextEncoder().encode('Teân HTX;Xaõ\nHôïp taùc xaõ Noâng nghieäp Ñoàng Taâm;Gioàng Rieàng\n'), 'vni.csv');
    expect(vni.ok ? 'accepted' : vni.message).toMatch(/bảng mã cũ \(VNI/);
  });

  it('imports NFD text as NFC, and keeps formulas, huge cells and wrong cells out', async () => {
    actAs(staff);
    const token = await upload(fileOf(new TextEncoder().encode(`${'Tên HTX;Xã/phường;Lĩnh vực;Địa chỉ'.normalize('NFD')}\n${'HTX Nông nghiệp Đông Yên;Xã Giồng Riềng;Thủy sản;Ấp Đông Yên'.normalize('NFD')}\nHTX Dài;Giồng Riềng;Thủy sản;${'x'.repeat(15_000)}\n`), 'nfd.csv'));
    const p = await preview(token, staff.id);
    expect(rowOf(p, 2)).toMatchObject({ outcome: 'create', name: 'Hợp tác xã Nông nghiệp Đông Yên'.replace('Hợp tác xã', 'HTX'), unit: 'Xã Giồng Riềng' });
    expect(errorsOf(p, 3)).toMatch(/Ô quá dài \(15\.000 ký tự; tối đa 10\.000\)/);
    await run(runImport(token, idleState, new FormData()));
    const org = await prisma.organization.findFirstOrThrow({ where: { name: 'HTX Nông nghiệp Đông Yên' } });
    expect(org.name).toBe(org.name.normalize('NFC'));
    expect(org.address).toBe('Ấp Đông Yên');

    const formulas = await upload(
      await xlsxFile({
        DS: [
          ['Tên HTX', 'Xã/phường', 'Lĩnh vực', 'Vốn điều lệ'],
          ['HTX Công thức có giá trị', 'Giồng Riềng', 'Thủy sản', { formula: '1000*1000000', result: 1_000_000_000 }],
          ['HTX Công thức không giá trị', 'Giồng Riềng', 'Thủy sản', { formula: 'A1*2' }],
        ],
      }),
    );
    const stored = await findUpload(prisma, formulas, staff.id);
    expect(stored.status === 'ok' && stored.upload.warnings.join(' ')).toMatch(/1 ô chứa công thức/);
    const pf = await preview(formulas, staff.id);
    expect(rowOf(pf, 2).outcome).toBe('create');
    expect(errorsOf(pf, 3)).toMatch(/Vốn điều lệ \(ô D3\): Ô chứa công thức nhưng tệp không lưu giá trị đã tính/);
  });

  it('serves a template with lists for the enumerations and today’s communes', async () => {
    actAs(officer);
    const response = await templateRoute();
    expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await response.arrayBuffer());
    const orgs = wb.getWorksheet('Tổ chức')!;
    expect(orgs.getRow(1).getCell(1).value).toBe('Tên tổ chức');
    const lists = wb.getWorksheet('Danh mục')!;
    expect(lists.state).toBe('hidden');
    const column = (title: string) => {
      const col = (lists.getRow(1).values as unknown[]).indexOf(title);
      return lists.getColumn(col).values.slice(2);
    };
    // The officer's own commune only.
    expect(column('Xã/phường hiện nay')).toEqual(['Xã Giồng Riềng']);
    expect(column('Loại hình')).toContain('Tổ hợp tác');
    const kindCol = orgs.getRow(1).values as unknown[];
    const kindCell = orgs.getCell(2, kindCol.indexOf('Loại hình'));
    expect(kindCell.dataValidation).toMatchObject({ type: 'list' });
    // The template, uploaded as it is, maps itself and skips its example row.
    actAs(staff);
    const token = await upload(fileOf(new Uint8Array(await (await templateRoute()).arrayBuffer()), 'mau.xlsx'));
    const p = await preview(token, staff.id);
    expect(p.organizations.rows).toHaveLength(0);
    expect(p.organizations.totals.ignored).toBe(1);
  });
});
