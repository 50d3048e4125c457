import { notFound } from 'next/navigation';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Table, Td, Th } from '@/components/ui/table';
import { compareRevisions, getArticleForEditor, getRevisions } from '@/lib/articles/workspace-queries';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/date';
import { firstParam } from '@/lib/pagination';

import { RestoreButton } from './restore-button';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: 'Các phiên bản tin bài' };

const idOf = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) ? Number(v) : null);

export default async function RevisionsPage({ params, searchParams }: Props) {
  await requirePermission('article.write');
  const { id: raw } = await params;
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const articleId = Number(raw);
  const [article, revisions, sp] = await Promise.all([getArticleForEditor(articleId), getRevisions(articleId), searchParams]);
  if (!article) notFound();
  // Defaults: the newest revision against the one before it.
  const a = idOf(firstParam(sp.cu)) ?? revisions[1]?.id ?? null;
  const b = idOf(firstParam(sp.moi)) ?? revisions[0]?.id ?? null;
  const comparison = a && b && a !== b ? await compareRevisions(articleId, Math.min(a, b), Math.max(a, b)) : null;

  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/tin-bai', label: 'Tin bài' }, { href: `/quan-tri/tin-bai/${articleId}`, label: article.title }, { label: 'Các phiên bản' }]} />
      <PageTitle description="Mỗi lần lưu giữ một phiên bản. Chọn hai phiên bản để so sánh; khôi phục tạo một phiên bản mới.">Các phiên bản</PageTitle>
      {revisions.length >= 2 ? (
        <form method="get" className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
          {[
            { name: 'cu', label: 'Phiên bản cũ', value: a },
            { name: 'moi', label: 'Phiên bản mới', value: b },
          ].map((f) => (
            <div key={f.name}>
              <label htmlFor={`pb-${f.name}`} className="font-medium text-slate-800">{f.label}</label>
              <select id={`pb-${f.name}`} name={f.name} defaultValue={f.value ?? ''} className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2">
                {revisions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {formatDateTime(r.createdAt)} – {r.editor?.name ?? 'Hệ thống'} – {r.note ?? ''}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800">So sánh</button>
        </form>
      ) : null}

      {comparison ? (
        <section aria-labelledby="so-sanh" className="mb-8">
          <h2 id="so-sanh" className="mb-2 text-xl font-bold text-slate-900">So sánh</h2>
          <p className="mb-3 text-slate-700">
            Chữ <del className="bg-red-100 text-red-900">gạch bỏ</del> chỉ có ở bản cũ; chữ <ins className="bg-green-100 text-green-900 no-underline">tô xanh</ins> chỉ có ở bản mới.
          </p>
          <div className="grid gap-4 md:grid-cols-2">
            {[
              { label: `Bản cũ: ${formatDateTime(comparison.older.createdAt)} (${comparison.older.editor?.name ?? 'Hệ thống'})`, side: 'old' as const },
              { label: `Bản mới: ${formatDateTime(comparison.newer.createdAt)} (${comparison.newer.editor?.name ?? 'Hệ thống'})`, side: 'new' as const },
            ].map(({ label, side }) => (
              <div key={side} className="rounded-lg border border-slate-200 bg-white p-4">
                <h3 className="mb-2 font-semibold text-slate-900">{label}</h3>
                <div className="leading-relaxed whitespace-pre-wrap">
                  {comparison.changes.map((c, i) =>
                    c.added ? (
                      side === 'new' ? <ins key={i} className="bg-green-100 text-green-900 no-underline">{c.value}</ins> : null
                    ) : c.removed ? (
                      side === 'old' ? <del key={i} className="bg-red-100 text-red-900">{c.value}</del> : null
                    ) : (
                      <span key={i}>{c.value}</span>
                    ),
                  )}
                </div>
              </div>
            ))}
          </div>
        </section>
      ) : null}

      <Table caption="Danh sách phiên bản">
        <thead>
          <tr>
            <Th>Thời điểm</Th>
            <Th>Người lưu</Th>
            <Th>Ghi chú</Th>
            <Th>Tiêu đề</Th>
            <Th>Thao tác</Th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r, i) => (
            <tr key={r.id}>
              <Td className="whitespace-nowrap">{formatDateTime(r.createdAt)}</Td>
              <Td>{r.editor?.name ?? 'Hệ thống'}</Td>
              <Td>{r.note ?? ''}</Td>
              <Td>{r.title}</Td>
              <Td>{i === 0 ? <span className="text-slate-600">Phiên bản hiện tại</span> : <RestoreButton articleId={articleId} revisionId={r.id} when={formatDateTime(r.createdAt)} />}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
