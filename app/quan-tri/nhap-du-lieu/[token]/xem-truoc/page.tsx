import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';

import { Badge, type BadgeTone } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { DiscardImportForm, ImportRunForm } from '@/components/workspace/import/run-form';
import { ImportSteps } from '@/components/workspace/import/steps';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { formatDateTime } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { discardImport, runImport } from '@/lib/import/actions';
import { importPaths } from '@/lib/import/paths';
import { findUpload } from '@/lib/import/store';
import type { Change, RowMessage, Totals } from '@/lib/import/types';
import { firstParam, parsePage } from '@/lib/pagination';

export const metadata = { title: 'Xem trước – Nhập dữ liệu' };

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PER_PAGE = 50;

const FILTERS = {
  'tat-ca': 'Tất cả',
  loi: 'Có lỗi (bỏ qua)',
  'canh-bao': 'Có cảnh báo',
  'tao-moi': 'Tạo mới',
  'cap-nhat': 'Cập nhật',
  'khong-doi': 'Không thay đổi',
} as const;
type Filter = keyof typeof FILTERS;

const OUTCOMES: Record<string, { label: string; tone: BadgeTone }> = {
  create: { label: 'Tạo mới', tone: 'brand' },
  update: { label: 'Cập nhật', tone: 'neutral' },
  unchanged: { label: 'Không thay đổi', tone: 'muted' },
  error: { label: 'Bỏ qua (có lỗi)', tone: 'warning' },
};

type AnyRow = { row: number; outcome: string; name: string; messages: RowMessage[]; changes: Change[] };

function matches(row: AnyRow, filter: Filter): boolean {
  switch (filter) {
    case 'loi':
      return row.outcome === 'error';
    case 'canh-bao':
      return row.outcome !== 'error' && row.messages.some((m) => m.level === 'warning');
    case 'tao-moi':
      return row.outcome === 'create';
    case 'cap-nhat':
      return row.outcome === 'update';
    case 'khong-doi':
      return row.outcome === 'unchanged';
    default:
      return true;
  }
}

function countFor(totals: Totals, filter: Filter, all: number): number {
  return { 'tat-ca': all, loi: totals.error, 'canh-bao': totals.warning, 'tao-moi': totals.create, 'cap-nhat': totals.update, 'khong-doi': totals.unchanged }[filter];
}

function Messages({ row }: { row: AnyRow }) {
  if (row.messages.length === 0 && row.changes.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <div className="space-y-1">
      {row.messages.length > 0 ? (
        <ul className="space-y-1">
          {row.messages.map((m, i) => (
            <li key={i} className={m.level === 'error' ? 'font-medium text-red-800' : 'text-amber-900'}>
              <span className="font-semibold">{m.level === 'error' ? 'Lỗi: ' : 'Cảnh báo: '}</span>
              {m.text}
            </li>
          ))}
        </ul>
      ) : null}
      {row.changes.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-brand-800">Thay đổi {row.changes.length} trường</summary>
          <ul className="mt-1 space-y-0.5 text-sm text-slate-700">
            {row.changes.map((c) => (
              <li key={c.label}>
                {c.label}: {c.before} → {c.after}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function Summary({ totals, what }: { totals: Totals; what: string }) {
  const items: [string, number][] = [
    ['Tạo mới', totals.create],
    ['Cập nhật', totals.update],
    ['Không thay đổi', totals.unchanged],
    ['Có lỗi, bỏ qua', totals.error],
    ['Có cảnh báo', totals.warning],
  ];
  return (
    <dl aria-label={`Tóm tắt ${what}`} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {items.map(([label, n]) => (
        <div key={label} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
          <dt className="text-slate-600">{label}</dt>
          <dd className="text-2xl font-bold text-slate-900 tabular-nums">{formatNumber(n)}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function ImportPreviewPage({ params, searchParams }: Props) {
  const user = await requirePermission('import.run');
  const { token } = await params;
  const found = await findUpload(prisma, token, user.id);
  if (found.status === 'missing') notFound();
  if (found.status === 'expired') redirect(`${importPaths.start}?thong-bao=het-han`);
  const upload = found.upload;
  if (upload.importedAt) redirect(importPaths.result(token));
  if (!upload.preview || !upload.mapping) redirect(importPaths.mapping(token));
  const preview = upload.preview;
  const query = await searchParams;

  const tab = firstParam(query.xem) === 'thanh-vien' && preview.members ? 'thanh-vien' : 'to-chuc';
  const part = tab === 'thanh-vien' ? preview.members! : preview.organizations;
  const rows: AnyRow[] = part.rows;
  const requested = firstParam(query.loc);
  const filter: Filter = requested && requested in FILTERS ? (requested as Filter) : part.totals.error > 0 ? 'loi' : 'tat-ca';
  const shown = rows.filter((r) => matches(r, filter));
  const pageCount = Math.max(1, Math.ceil(shown.length / PER_PAGE));
  const page = Math.min(parsePage(query.trang), pageCount);
  const pageRows = shown.slice((page - 1) * PER_PAGE, page * PER_PAGE);
  const here = importPaths.preview(token);
  const href = (p: Record<string, string>) => `${here}?${new URLSearchParams({ xem: tab, loc: filter, ...p }).toString()}`;

  const orgs = preview.organizations.totals;
  const mem = preview.members?.totals;
  const toWrite = orgs.create + orgs.update + (mem ? mem.create + mem.update : 0);
  const label = [
    `${formatNumber(orgs.create + orgs.update)} tổ chức`,
    ...(mem ? [`${formatNumber(mem.create + mem.update)} thành viên`] : []),
  ].join(' và ');

  return (
    <>
      <Breadcrumbs items={[{ href: importPaths.start, label: 'Nhập dữ liệu' }, { href: importPaths.mapping(token), label: 'Ghép cột' }, { label: 'Xem trước' }]} />
      <PageTitle description={`Tệp “${upload.fileName}”, kiểm tra lúc ${formatDateTime(preview.computedAt)}. Chưa có gì được ghi vào hệ thống.`}>
        Xem trước kết quả nhập
      </PageTitle>
      <ImportSteps current={3} />

      <section aria-labelledby="tom-tat" className="space-y-4">
        <h2 id="tom-tat" className="text-xl font-bold text-slate-900">
          Tổ chức (trang “{preview.organizations.sheetName}”)
        </h2>
        <Summary totals={orgs} what="tổ chức" />
        {orgs.ignored > 0 ? (
          <p className="text-slate-700">{formatNumber(orgs.ignored)} dòng không phải dữ liệu (dòng đánh số cột, dòng tổng cộng, dòng ví dụ) được bỏ qua.</p>
        ) : null}
        {preview.members && mem ? (
          <>
            <h2 className="pt-2 text-xl font-bold text-slate-900">Thành viên (trang “{preview.members.sheetName}”)</h2>
            <Summary totals={mem} what="thành viên" />
          </>
        ) : null}
      </section>

      <section aria-labelledby="nhap" className="my-8 rounded-lg border-2 border-brand-700 bg-white p-5">
        <h2 id="nhap" className="text-xl font-bold text-slate-900">
          Nhập vào hệ thống
        </h2>
        <p className="mt-1 mb-4 text-slate-700">
          Các dòng hợp lệ được ghi trong một lần; các dòng có lỗi được bỏ qua (sửa tệp rồi tải lên lại để nhập nốt). Nhập lại cùng tệp sẽ
          cập nhật, không tạo trùng.
        </p>
        <ImportRunForm action={runImport.bind(null, token)} label={`Nhập ${label}`} rows={toWrite} disabled={toWrite === 0} />
        <div className="mt-4 flex flex-wrap gap-3">
          <ButtonLink href={importPaths.mapping(token)} variant="secondary">
            Đổi cách ghép cột
          </ButtonLink>
          <DiscardImportForm action={discardImport.bind(null, token)} />
        </div>
      </section>

      <section aria-labelledby="tung-dong">
        <h2 id="tung-dong" className="mb-3 text-xl font-bold text-slate-900">
          Từng dòng
        </h2>
        {preview.members ? (
          <nav aria-label="Bảng xem trước" className="mb-4 flex gap-2">
            {(['to-chuc', 'thanh-vien'] as const).map((t) => (
              <Link
                key={t}
                href={`${here}?xem=${t}`}
                aria-current={t === tab ? 'page' : undefined}
                className={`rounded-md border px-4 py-2 ${t === tab ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'}`}
              >
                {t === 'to-chuc' ? `Tổ chức (${formatNumber(preview.organizations.rows.length)})` : `Thành viên (${formatNumber(preview.members!.rows.length)})`}
              </Link>
            ))}
          </nav>
        ) : null}
        <nav aria-label="Lọc dòng" className="mb-4">
          <ul className="flex flex-wrap gap-2">
            {(Object.keys(FILTERS) as Filter[]).map((f) => (
              <li key={f}>
                <Link
                  href={href({ loc: f })}
                  aria-current={f === filter ? 'true' : undefined}
                  className={`inline-block rounded-full border px-3 py-1.5 text-sm ${f === filter ? 'border-brand-700 bg-brand-50 font-semibold text-brand-900' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'}`}
                >
                  {FILTERS[f]} ({formatNumber(countFor(part.totals, f, rows.length))})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {pageRows.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white px-5 py-4 text-slate-700">Không có dòng nào trong mục này.</p>
        ) : (
          <Table caption={`Xem trước từng dòng: ${FILTERS[filter].toLowerCase()}`}>
            <thead>
              <tr>
                <Th className="w-20">Dòng</Th>
                <Th>{tab === 'to-chuc' ? 'Tên tổ chức' : 'Thành viên'}</Th>
                <Th>{tab === 'to-chuc' ? 'Xã/phường' : 'Tổ chức'}</Th>
                <Th>Kết quả</Th>
                <Th>Lỗi, cảnh báo, thay đổi</Th>
              </tr>
            </thead>
            <tbody>
              {pageRows.map((r) => {
                const o = OUTCOMES[r.outcome] ?? OUTCOMES.error;
                const place = 'unit' in r ? (r as { unit: string | null }).unit : (r as { organization?: string | null }).organization;
                return (
                  <tr key={r.row}>
                    <Td className="tabular-nums">{r.row}</Td>
                    <Td className="font-medium">{r.name || <span className="text-slate-500">(không có tên)</span>}</Td>
                    <Td>{place ?? '—'}</Td>
                    <Td>
                      <Badge tone={o.tone}>{o.label}</Badge>
                    </Td>
                    <Td>
                      <Messages row={r} />
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
        <Pagination page={page} pageCount={pageCount} pathname={here} params={{ xem: tab, loc: filter }} />
      </section>
    </>
  );
}
