import { notFound, redirect } from 'next/navigation';

import { ButtonLink } from '@/components/ui/button';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { ImportSteps } from '@/components/workspace/import/steps';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { formatDateTime } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { importPaths } from '@/lib/import/paths';
import { findUpload } from '@/lib/import/store';

export const metadata = { title: 'Kết quả – Nhập dữ liệu' };

type Props = { params: Promise<{ token: string }> };

export default async function ImportResultPage({ params }: Props) {
  const user = await requirePermission('import.run');
  const { token } = await params;
  const found = await findUpload(prisma, token, user.id);
  if (found.status === 'missing') notFound();
  if (found.status === 'expired') redirect(`${importPaths.start}?thong-bao=het-han`);
  const upload = found.upload;
  if (!upload.importedAt || !upload.result) redirect(upload.preview ? importPaths.preview(token) : importPaths.mapping(token));
  const r = upload.result;
  const figures: [string, number][] = [
    ['Tổ chức tạo mới', r.organizationsCreated],
    ['Tổ chức cập nhật', r.organizationsUpdated],
    ['Tổ chức không thay đổi', r.organizationsUnchanged],
    ['Thành viên thêm mới', r.membersCreated],
    ['Thành viên cập nhật', r.membersUpdated],
    ['Dòng có lỗi, bỏ qua', r.rowsSkipped],
  ];

  return (
    <>
      <Breadcrumbs items={[{ href: importPaths.start, label: 'Nhập dữ liệu' }, { label: 'Kết quả' }]} />
      <PageTitle description={`Tệp “${upload.fileName}”, nhập lúc ${formatDateTime(upload.importedAt)} trong ${formatNumber(r.durationMs / 1000, { maximumFractionDigits: 1 })} giây.`}>
        Đã nhập xong
      </PageTitle>
      <ImportSteps current={4} />
      <p role="status" className="mb-6 rounded-md border border-brand-200 bg-brand-50 px-4 py-3 font-medium text-brand-900">
        Đã ghi {formatNumber(r.organizationsCreated + r.organizationsUpdated)} tổ chức
        {r.membersCreated + r.membersUpdated > 0 ? ` và ${formatNumber(r.membersCreated + r.membersUpdated)} thành viên` : ''}. Mỗi thay đổi được
        ghi vào nhật ký của từng tổ chức.
      </p>
      <dl aria-label="Kết quả nhập" className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {figures.map(([label, n]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
            <dt className="text-slate-600">{label}</dt>
            <dd className="text-2xl font-bold text-slate-900 tabular-nums">{formatNumber(n)}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-8 flex flex-wrap gap-3">
        <ButtonLink href="/quan-tri/to-chuc">Xem danh sách tổ chức</ButtonLink>
        <ButtonLink href={importPaths.start} variant="secondary">
          Nhập tệp khác
        </ButtonLink>
      </div>
    </>
  );
}
