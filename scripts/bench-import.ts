/**
 * npm run bench:import — how long the spreadsheet import takes for a 5,000-row file, on a
 * throwaway copy of the demo province. Generates an .xlsx in memory as a commune list would look
 * (Vietnamese headers, dates as dates, money as numbers): 2,000 rows update organizations already
 * in the register (new phone, address, capital), 2,950 are new organizations, 50 have mistakes.
 * Then times each stage the portal runs: reading the file (content checks included), storing the
 * upload, the preview (every row through the register's schema, matching, the Law's rules) and
 * the import (one transaction with its audit rows). The goal is well under 30 s in all.
 *
 *   npm run bench:import                                          embedded PGlite
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:import
 *   BENCH_ROWS=20000 npm run bench:import                         another size
 */
import ExcelJS from 'exceljs';

import type { SessionUser } from '../lib/auth/options';
import { createPrismaClient } from '../lib/db';
import { migrate } from '../lib/database/migrate';
import { analyzeImport } from '../lib/import/analyze';
import { commitImport } from '../lib/import/commit';
import { suggestMapping } from '../lib/import/fields';
import { foldName } from '../lib/import/fold';
import { readSpreadsheet } from '../lib/import/read';
import { createUpload, findUpload, savePreview } from '../lib/import/store';
import type { ImportMapping } from '../lib/import/types';
import { ALLIANCE_MEMBERSHIP_LABELS, ORG_KIND_LABELS, SECTOR_LABELS } from '../lib/organizations/sectors';
import { DISTRICTS } from '../prisma/seed/geography';
import { mobilePhone, personName } from '../prisma/seed/names';
import { cooperativeName, groupName, hamlet } from '../prisma/seed/org-names';
import { createRng } from '../prisma/seed/random';
import { freshDatabase, runId } from '../tests/setup/test-database';
import { seedDemo } from './lib/seed';

const log = (line: string) => console.log(`[bench:import] ${line}`);
const TOTAL = Number(process.env.BENCH_ROWS ?? 5_000);
const UPDATES = Math.round(TOTAL * 0.4);
const BAD = Math.round(TOTAL * 0.01);

const HEADERS = [
  'STT', 'Tên HTX', 'Mã số HTX', 'Mã số thuế', 'Loại hình', 'Lĩnh vực', 'Xã/phường', 'Địa chỉ', 'Số điện thoại',
  'Người đại diện', 'Chức vụ', 'Ngày thành lập', 'Vốn điều lệ', 'Thành viên Liên minh', 'Sản phẩm chính',
];

type Db = ReturnType<typeof createPrismaClient>;

async function buildWorkbook(db: Db): Promise<{ bytes: Uint8Array; updates: number; creates: number; bad: number }> {
  const rng = createRng(20_261_130);
  const today = new Date();
  const communes = await db.administrativeUnit.findMany({ where: { level: 'COMMUNE', validTo: null }, select: { id: true, type: true, name: true }, orderBy: { id: 'asc' } });
  const label = (u: { type: string; name: string }) => `${u.type} ${u.name}`;
  const communeLabel = new Map(communes.map((c) => [c.id, label(c)]));
  const all = await db.organization.findMany({
    where: { deletedAt: null, unitId: { in: communes.map((c) => c.id) } },
    select: { name: true, kind: true, registrationNumber: true, taxCode: true, sector: true, unitId: true, leaderName: true, establishedOn: true, charterCapital: true, allianceMembership: true },
    orderBy: { id: 'asc' },
  });
  // The demo register has groups of the same name in one commune (as real ones do); a row for
  // one of them is refused as ambiguous, so the updates are drawn from the unambiguous ones.
  const key = (unitId: number, name: string) => `${unitId}|${foldName(name)}`;
  const seen = new Map<string, number>();
  for (const o of all) seen.set(key(o.unitId, o.name), (seen.get(key(o.unitId, o.name)) ?? 0) + 1);
  const existing = all.filter((o) => seen.get(key(o.unitId, o.name)) === 1).slice(0, UPDATES);

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách HTX');
  ws.addRow(['DANH SÁCH TỔ CHỨC KINH TẾ TẬP THỂ TRÊN ĐỊA BÀN TỈNH (số liệu tổng hợp từ các xã, phường)']);
  ws.addRow([]);
  ws.addRow(HEADERS);
  let n = 0;
  for (const o of existing) {
    const capital = o.charterCapital === null ? null : Number(o.charterCapital) + 50_000_000;
    ws.addRow([
      ++n, o.name, o.registrationNumber ?? '', o.taxCode ?? '', ORG_KIND_LABELS[o.kind], SECTOR_LABELS[o.sector], communeLabel.get(o.unitId),
      `Ấp ${hamlet(rng)}`, mobilePhone(rng), o.leaderName ?? '', o.kind === 'GROUP' ? 'Tổ trưởng' : 'Giám đốc', o.establishedOn, capital,
      o.allianceMembership === 'NONE' ? '' : ALLIANCE_MEMBERSHIP_LABELS[o.allianceMembership], '',
    ]);
  }
  const taken = new Set(all.map((o) => key(o.unitId, o.name)));
  let bads = 0;
  const creates = TOTAL - existing.length;
  for (let i = 0; i < creates; i++) {
    const district = rng.pick(DISTRICTS);
    const commune = rng.pick(communes);
    const isGroup = rng.chance(0.3);
    const sector = rng.pick(['CROP_LIVESTOCK', 'CROP_LIVESTOCK', 'CROP_LIVESTOCK', 'FISHERY', 'TRADE_SERVICE', 'INDUSTRY_HANDICRAFT', 'TRANSPORT'] as const);
    const generated = isGroup ? groupName(rng, sector, district) : cooperativeName(rng, sector, district, rng.pick(district.oldCommunes));
    let name = generated.name;
    // Names repeat within a commune in generated data; real lists tell them apart by hamlet.
    for (let k = 2; taken.has(key(commune.id, name)); k++) name = `${generated.name} ${k}`;
    taken.add(key(commune.id, name));
    const bad = !isGroup && bads < BAD;
    if (bad) bads++;
    const leader = personName(rng);
    ws.addRow([
      ++n, name, isGroup ? '' : `58B${String(i).padStart(6, '0')}`, isGroup ? '' : bad ? '17012' : `18${rng.int(10_000_000, 99_999_999)}`,
      isGroup ? 'Tổ hợp tác' : 'Hợp tác xã', SECTOR_LABELS[sector], label(commune), `Ấp ${hamlet(rng)}`, mobilePhone(rng), leader.name,
      isGroup ? 'Tổ trưởng' : 'Chủ tịch HĐQT kiêm Giám đốc',
      new Date(Date.UTC(rng.int(2005, today.getUTCFullYear() - 1), rng.int(0, 11), rng.int(1, 28))),
      isGroup ? null : rng.int(2, 60) * 50_000_000, rng.chance(0.4) ? 'Thành viên chính thức' : '', 'Lúa, gạo, dịch vụ làm đất',
    ]);
  }
  ws.addRow(['', 'Tổng cộng']);
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), updates: existing.length, creates, bad: BAD };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  log(`Database: ${serverUrl ? 'PostgreSQL from DATABASE_URL' : 'embedded PGlite'}; ${fmt(TOTAL)} rows`);
  const database = await freshDatabase(serverUrl ? { serverUrl, prefix: `portal_bench_${runId()}` } : null, { migrated: false });
  const db = createPrismaClient(database.url, 4);
  try {
    await migrate(database.url);
    log('seeding the demo province…');
    await seedDemo(database.url);
    const staff = await db.user.findUniqueOrThrow({ where: { email: 'canbo@lienminhhtx.vn' }, select: { id: true, name: true, email: true, role: true, unitId: true, organizationId: true } });
    const user: SessionUser = staff;
    const orgsBefore = await db.organization.count();

    const [file, generateMs] = await timed(() => buildWorkbook(db));
    log(`file: ${fmt(file.bytes.length / 1024)} KB, ${fmt(file.updates)} updates, ${fmt(file.creates)} new (${fmt(file.bad)} with a bad tax code)`);

    const [read, readMs] = await timed(() => readSpreadsheet(file.bytes, 'danh-sach-htx.xlsx'));
    if (!read.ok) throw new Error(read.message);
    const [token, storeMs] = await timed(() => createUpload(db, user.id, 'danh-sach-htx.xlsx', file.bytes.length, read));

    const [mapped, previewMs] = await timed(async () => {
      const found = await findUpload(db, token, user.id);
      if (found.status !== 'ok') throw new Error(found.status);
      const headerRow = 2;
      const mapping: ImportMapping = { organizations: { sheet: 0, headerRow, columns: suggestMapping(found.upload.sheets[0].rows[headerRow], 'organizations') }, members: null };
      const analysis = await analyzeImport(db, user, { sheets: found.upload.sheets, mapping });
      await savePreview(db, token, mapping, analysis.preview);
      return { analysis, sheets: found.upload.sheets, mapping };
    });
    const totals = mapped.analysis.preview.organizations.totals;
    log(`preview: ${fmt(totals.create)} to create, ${fmt(totals.update)} to update, ${fmt(totals.unchanged)} unchanged, ${fmt(totals.error)} with errors, ${fmt(totals.ignored)} ignored`);
    // What the refused rows say, grouped (digits blanked so that one message is one line).
    const reasons = new Map<string, number>();
    for (const r of mapped.analysis.preview.organizations.rows) {
      for (const m of r.messages) if (m.level === 'error') reasons.set(m.text.replace(/\d+/g, '#').slice(0, 140), (reasons.get(m.text.replace(/\d+/g, '#').slice(0, 140)) ?? 0) + 1);
    }
    for (const [text, count] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 6)) log(`  ${fmt(count)} × ${text}`);

    const [outcome, importMs] = await timed(() =>
      commitImport(db, user, { id: token, fileName: 'danh-sach-htx.xlsx', format: 'xlsx', sheets: mapped.sheets, mapping: mapped.mapping }, mapped.analysis.preview.fingerprint),
    );
    const orgsAfter = await db.organization.count();
    const audits = await db.auditLog.count({ where: { action: { in: ['organization.import.create', 'organization.import.update', 'import.run'] } } });
    log(`imported: ${fmt(outcome.result.organizationsCreated)} created, ${fmt(outcome.result.organizationsUpdated)} updated; organizations ${fmt(orgsBefore)} → ${fmt(orgsAfter)}; ${fmt(audits)} audit rows`);

    // The same file again: everything matches, nothing is duplicated.
    const [again, againMs] = await timed(() => analyzeImport(db, user, { sheets: mapped.sheets, mapping: mapped.mapping }));
    const t2 = again.preview.organizations.totals;
    log(`re-import preview: ${fmt(t2.create)} to create, ${fmt(t2.update)} to update, ${fmt(t2.unchanged)} unchanged`);

    const rows = TOTAL;
    const stages: [string, number][] = [
      ['read file (content checks, xlsx → text)', readMs],
      ['store upload', storeMs],
      ['preview (validate, match, rules; saved)', previewMs],
      ['import (one transaction, audit rows)', importMs],
    ];
    const total = stages.reduce((s, [, ms]) => s + ms, 0);
    console.log('');
    console.log(`| stage (${fmt(rows)} rows, ${serverUrl ? 'PostgreSQL' : 'PGlite'}) | ms | rows/s |`);
    console.log('| --- | ---: | ---: |');
    for (const [name, ms] of stages) console.log(`| ${name} | ${fmt(ms)} | ${fmt((rows / ms) * 1000)} |`);
    console.log(`| **total, upload to imported** | **${fmt(total)}** | **${fmt((rows / total) * 1000)}** |`);
    console.log(`| (generating the file, not part of the import) | ${fmt(generateMs)} | |`);
    console.log(`| (preview of the same file again: ${fmt(t2.unchanged)} unchanged) | ${fmt(againMs)} | ${fmt((rows / againMs) * 1000)} |`);
    console.log('');
    log(total < 30_000 ? `target met: ${fmt(total / 1000, 1)} s < 30 s` : `TARGET MISSED: ${fmt(total / 1000, 1)} s ≥ 30 s`);
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

await main();
process.exit(0);
