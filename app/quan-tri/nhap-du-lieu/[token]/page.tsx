import { notFound, redirect } from 'next/navigation';

import { buttonClasses } from '@/components/ui/button';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { ImportMappingForm, type MappingSheet } from '@/components/workspace/import/mapping-form';
import { DiscardImportForm } from '@/components/workspace/import/run-form';
import { ImportSteps } from '@/components/workspace/import/steps';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { formatNumber } from '@/lib/format/number';
import { discardImport, saveImportMapping } from '@/lib/import/actions';
import { MEMBER_FIELDS, ORGANIZATION_FIELDS, detectHeaderRow } from '@/lib/import/fields';
import { bestSheet, sheetView } from '@/lib/import/mapping-view';
import { importPaths } from '@/lib/import/paths';
import { findUpload } from '@/lib/import/store';
import { firstParam } from '@/lib/pagination';

export const metadata = { title: 'Ghép cột – Nhập dữ liệu' };

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A small non-negative integer from the query string, below `max`; else null. */
function index(value: string | string[] | undefined, max: number, base = 0): number | null {
  const text = firstParam(value);
  if (!text || !/^\d{1,5}$/.test(text)) return null;
  const n = Number(text) - base;
  return n >= 0 && n < max ? n : null;
}

const fieldOptions = (fields: readonly { key: string; label: string; hint?: string }[]) => fields.map((f) => ({ key: f.key, label: f.label, hint: f.hint }));

export default async function ImportMappingPage({ params, searchParams }: Props) {
  const user = await requirePermission('import.run');
  const { token } = await params;
  const found = await findUpload(prisma, token, user.id);
  if (found.status === 'missing') notFound();
  if (found.status === 'expired') redirect(`${importPaths.start}?thong-bao=het-han`);
  const upload = found.upload;
  if (upload.importedAt) redirect(importPaths.result(token));
  const query = await searchParams;
  const sheets = upload.sheets;
  const saved = upload.mapping;

  // Which sheet and header row: the query string (the chooser below), else the saved mapping, else detected.
  const auto = bestSheet(sheets, 'organizations') ?? { sheet: 0, headerRow: 0, score: 0 };
  const orgSheet = index(query['trang-tinh'], sheets.length) ?? saved?.organizations.sheet ?? auto.sheet;
  const orgRows = sheets[orgSheet].rows.length;
  const orgHeaderRow =
    index(query['dong-tieu-de'], Math.min(orgRows, 30), 1) ??
    (saved?.organizations.sheet === orgSheet ? saved.organizations.headerRow : detectHeaderRow(sheets[orgSheet].rows, 'organizations'));

  let memberSheet: number | null = null;
  const memberParam = firstParam(query['thanh-vien']);
  if (memberParam === 'khong') memberSheet = null;
  else if (memberParam !== undefined) memberSheet = index(memberParam, sheets.length);
  else if (saved) memberSheet = saved.members?.sheet ?? null;
  else {
    const candidate = bestSheet(sheets, 'members', orgSheet);
    memberSheet = candidate && candidate.score >= 3 ? candidate.sheet : null;
  }
  if (memberSheet === orgSheet) memberSheet = null;
  const memberHeaderRow =
    memberSheet === null
      ? 0
      : (index(query['dong-tieu-de-tv'], Math.min(sheets[memberSheet].rows.length, 30), 1) ??
        (saved?.members?.sheet === memberSheet ? saved.members.headerRow : detectHeaderRow(sheets[memberSheet].rows, 'members')));

  const [orgView, memberView] = await Promise.all([
    sheetView(prisma, user.id, sheets, 'organizations', orgSheet, orgHeaderRow, saved?.organizations ?? null),
    memberSheet === null ? null : sheetView(prisma, user.id, sheets, 'members', memberSheet, memberHeaderRow, saved?.members ?? null),
  ]);
  const organizations: MappingSheet = { ...orgView, name: sheets[orgSheet].name };
  const members: MappingSheet | null = memberView && memberSheet !== null ? { ...memberView, name: sheets[memberSheet].name } : null;
  const headerChoices = (rows: number) => Array.from({ length: Math.min(rows, 30) }, (_, i) => i + 1);
  const selectClass = 'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2';

  return (
    <>
      <Breadcrumbs items={[{ href: importPaths.start, label: 'Nhập dữ liệu' }, { label: 'Ghép cột' }]} />
      <PageTitle description={`Tệp “${upload.fileName}” (${upload.format === 'csv' ? 'CSV' : 'Excel'}, ${formatNumber(upload.sizeBytes / 1024, { maximumFractionDigits: 0 })} KB).`}>
        Ghép cột với thông tin tổ chức
      </PageTitle>
      <ImportSteps current={2} />

      {upload.warnings.length > 0 ? (
        <div role="note" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 px-5 py-4 text-amber-950">
          <p className="font-semibold">Lưu ý về tệp</p>
          <ul className="mt-1 list-disc pl-5">
            {upload.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <form method="get" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="text-lg font-bold text-slate-900">Trang tính và dòng tiêu đề</h2>
        <p className="mt-1 text-slate-700">
          Hệ thống tự tìm trang tính và dòng chứa tiêu đề cột (bỏ qua các dòng tên bảng phía trên). Đổi ở đây nếu chưa đúng.
        </p>
        <div className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-4">
          <div>
            <label htmlFor="trang-tinh" className="font-medium text-slate-800">
              Trang tính danh sách tổ chức
            </label>
            <select id="trang-tinh" name="trang-tinh" defaultValue={String(orgSheet)} className={selectClass}>
              {sheets.map((s, i) => (
                <option key={i} value={i}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="dong-tieu-de" className="font-medium text-slate-800">
              Dòng tiêu đề (tổ chức)
            </label>
            <select id="dong-tieu-de" name="dong-tieu-de" defaultValue={String(orgHeaderRow + 1)} className={selectClass}>
              {headerChoices(orgRows).map((n) => (
                <option key={n} value={n}>
                  Dòng {n}
                </option>
              ))}
            </select>
          </div>
          {sheets.length > 1 ? (
            <>
              <div>
                <label htmlFor="thanh-vien" className="font-medium text-slate-800">
                  Trang tính thành viên (không bắt buộc)
                </label>
                <select id="thanh-vien" name="thanh-vien" defaultValue={memberSheet === null ? 'khong' : String(memberSheet)} className={selectClass}>
                  <option value="khong">— Không nhập thành viên —</option>
                  {sheets.map((s, i) =>
                    i === orgSheet ? null : (
                      <option key={i} value={i}>
                        {s.name}
                      </option>
                    ),
                  )}
                </select>
              </div>
              {memberSheet !== null ? (
                <div>
                  <label htmlFor="dong-tieu-de-tv" className="font-medium text-slate-800">
                    Dòng tiêu đề (thành viên)
                  </label>
                  <select id="dong-tieu-de-tv" name="dong-tieu-de-tv" defaultValue={String(memberHeaderRow + 1)} className={selectClass}>
                    {headerChoices(sheets[memberSheet].rows.length).map((n) => (
                      <option key={n} value={n}>
                        Dòng {n}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
            </>
          ) : null}
        </div>
        <button type="submit" className={buttonClasses('secondary', 'mt-4')}>
          Áp dụng
        </button>
      </form>

      <p className="mb-6 text-slate-700">
        Trang “{organizations.name}” có {formatNumber(organizations.dataRows)} dòng dữ liệu dưới dòng tiêu đề
        {members ? `; trang “${members.name}” có ${formatNumber(members.dataRows)} dòng` : ''}. Bắt buộc ghép: tên tổ chức và xã/phường
        {members ? '; với thành viên: họ tên, ngày gia nhập và số đăng ký hoặc tên tổ chức' : ''}.
      </p>

      <ImportMappingForm
        action={saveImportMapping.bind(null, token)}
        organizations={organizations}
        members={members}
        organizationFields={fieldOptions(ORGANIZATION_FIELDS)}
        memberFields={fieldOptions(MEMBER_FIELDS)}
      />
      <div className="mt-6">
        <DiscardImportForm action={discardImport.bind(null, token)} />
      </div>
    </>
  );
}
