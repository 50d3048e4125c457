import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';

import { ButtonLink } from '@/components/ui/button';
import { Breadcrumbs } from '@/components/ui/page-title';
import { DeleteRecordButton } from '@/components/workspace/delete-record';
import { FlashNotice } from '@/components/workspace/flash-notice';
import { roleHas } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatDate } from '@/lib/format/date';
import { formatMoney, formatNumber } from '@/lib/format/number';
import { parseId } from '@/lib/organizations/filters';
import { ORG_KIND_LABELS } from '@/lib/organizations/sectors';
import { firstParam } from '@/lib/pagination';
import { deleteSupportActivity } from '@/lib/support/actions';
import { SUPPORT_KIND_LABELS } from '@/lib/support/labels';
import { getSupportActivity } from '@/lib/support/queries';

export const metadata = { title: 'Hoạt động hỗ trợ' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const notices: Record<string, string> = { 'da-tao': 'Đã thêm hoạt động hỗ trợ.', 'da-luu': 'Đã lưu thay đổi.' };

function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'sm:col-span-2' : undefined}>
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}

export default async function SupportActivityPage({ params, searchParams }: Props) {
  const user = await requirePermission('support.read');
  const id = parseId((await params).id);
  const activity = id ? await getSupportActivity(id) : null;
  if (!activity) notFound();
  const notice = notices[firstParam((await searchParams)['thong-bao']) ?? ''] ?? null;
  const manage = roleHas(user.role, 'support.manage');
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/ho-tro', label: 'Hoạt động hỗ trợ' }, { label: activity.title }]} />
      <header className="mb-6">
        <h1 className="text-3xl font-bold text-slate-900">{activity.title}</h1>
        <p className="mt-2 text-lg text-slate-700">{SUPPORT_KIND_LABELS[activity.kind]}</p>
      </header>
      <FlashNotice message={notice} />
      {manage ? (
        <div className="mb-6 flex flex-wrap items-start gap-3">
          <ButtonLink href={`/quan-tri/ho-tro/${activity.id}/sua`}>Sửa hoạt động</ButtonLink>
          <DeleteRecordButton action={deleteSupportActivity.bind(null, activity.id)} trigger="Xóa hoạt động" title="Xóa hoạt động hỗ trợ này?">
            <p>
              <strong>{activity.title}</strong> và danh sách tổ chức được hỗ trợ sẽ bị xóa; kết quả kế hoạch tính lại theo. Thao tác được ghi vào nhật ký.
            </p>
          </DeleteRecordButton>
        </div>
      ) : null}
      <dl className="mb-8 grid gap-x-8 gap-y-4 rounded-lg border border-slate-200 bg-white px-5 py-5 sm:grid-cols-2">
        <Field label="Thời gian">
          {formatDate(activity.startsOn)}
          {activity.endsOn ? ` – ${formatDate(activity.endsOn)}` : ''}
        </Field>
        <Field label="Địa điểm">{activity.location ?? '—'}</Field>
        <Field label="Địa bàn">{activity.unit ? `${activity.unit.type} ${activity.unit.name}` : 'Toàn tỉnh'}</Field>
        <Field label="Số người tham dự">{activity.attendees ? formatNumber(activity.attendees) : '—'}</Field>
        <Field label="Kinh phí">{activity.cost > 0n ? formatMoney(activity.cost) : '—'}</Field>
        <Field label="Nguồn kinh phí">{activity.fundingSource ?? '—'}</Field>
        <Field label="Nội dung" wide>
          {activity.description ? <span className="whitespace-pre-line">{activity.description}</span> : '—'}
        </Field>
      </dl>
      <section aria-labelledby="duoc-ho-tro">
        <h2 id="duoc-ho-tro" className="mb-3 text-2xl font-bold">
          Tổ chức được hỗ trợ ({formatNumber(activity.organizations.length)})
        </h2>
        {activity.organizations.length > 0 ? (
          <ul className="list-disc space-y-1 pl-6">
            {activity.organizations.map(({ organization: o }) => (
              <li key={o.id}>
                {o.deletedAt ? (
                  o.name
                ) : (
                  <Link href={`/quan-tri/to-chuc/${o.id}`} className="text-brand-800 underline">
                    {o.name}
                  </Link>
                )}{' '}
                <span className="text-slate-600">
                  – {ORG_KIND_LABELS[o.kind]}, {o.unit.type} {o.unit.name}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">Chưa ghi nhận tổ chức nào.</p>
        )}
      </section>
    </>
  );
}
