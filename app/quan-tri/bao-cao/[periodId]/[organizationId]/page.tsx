import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';

import { ReportForm, type ReportFormGroup } from '@/components/reports/report-form';
import { ReviewForm } from '@/components/reports/review-form';
import { ReportStateBadge } from '@/components/reports/state-badge';
import { Notice } from '@/components/ui/notice';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { roleHas } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatDate, formatDateTime } from '@/lib/format/date';
import { formatPeriod } from '@/lib/format/labels';
import { formatArea, formatMoney, formatNumber } from '@/lib/format/number';
import { requireOrganization } from '@/lib/organizations/access';
import { parseId } from '@/lib/organizations/filters';
import { ORG_STATUS_LABELS } from '@/lib/organizations/sectors';
import { reviewReportAction, saveReportAction } from '@/lib/reports/actions';
import { getReportForm } from '@/lib/reports/queries';
import { REPORT_FIELD_GROUP_LABELS, reportFieldsFor, reportToInputValues, type ReportFieldDef } from '@/lib/reports/schema';

export const metadata = { title: 'Báo cáo của tổ chức' };

type Props = { params: Promise<{ periodId: string; organizationId: string }> };

function showValue(f: ReportFieldDef, v: unknown): string {
  if (v == null) return '—';
  const value = v as number | bigint | string;
  if (f.kind === 'money') return formatMoney(value);
  if (f.kind === 'area') return formatArea(value);
  if (f.kind === 'percent') return `${formatNumber(value)}%`;
  return formatNumber(value);
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}

export default async function ReportPage({ params }: Props) {
  const { periodId: periodText, organizationId: orgText } = await params;
  const me = await requirePermission('workspace.view');
  // Reporters (staff, officers, the organization's own representative) and readers (leaders).
  const { user, org } = await requireOrganization(roleHas(me.role, 'report.submit') ? 'report.submit' : 'report.monitor', parseId(orgText));
  const periodId = parseId(periodText);
  const data = periodId ? await getReportForm(org.id, periodId) : null;
  if (!data || !data.period.openedAt) notFound();
  const { period, report, previous } = data;

  const reviewer = roleHas(user.role, 'report.approve');
  const state = report?.state ?? 'DRAFT';
  const editable = roleHas(user.role, 'report.submit') && (state === 'DRAFT' || state === 'RETURNED' || (state === 'SUBMITTED' && reviewer));
  const fields = reportFieldsFor(org.kind);
  const groups: ReportFormGroup[] = Object.entries(REPORT_FIELD_GROUP_LABELS)
    .map(([key, label]) => ({ key, label, fields: fields.filter((f) => f.group === key).map((f) => ({ name: f.name, label: f.label, unit: f.unit, group: f.group, kind: f.kind })) }))
    .filter((g) => g.fields.length > 0);
  const periodName = formatPeriod(period.kind, period.year);
  const entered = report?.enteredAt != null;
  const initial = report && entered ? reportToInputValues(report) : {};
  const prevValues = previous ? { label: `kỳ ${formatPeriod(previous.period.kind, previous.period.year)}`, values: { ...reportToInputValues(previous), comment: '' } } : null;
  const storedWarnings = Array.isArray(report?.warnings) ? (report.warnings as { message?: string }[]).map((w) => w.message ?? '').filter(Boolean) : [];
  const backHref = user.role === 'ORG_REPRESENTATIVE' ? '/quan-tri/to-chuc-cua-toi' : `/quan-tri/bao-cao/${period.id}`;

  return (
    <>
      <Breadcrumbs
        items={
          user.role === 'ORG_REPRESENTATIVE'
            ? [{ href: '/quan-tri/to-chuc-cua-toi', label: 'Tổ chức của tôi' }, { label: `Báo cáo ${periodName}` }]
            : [{ href: '/quan-tri/bao-cao', label: 'Báo cáo định kỳ' }, { href: backHref, label: `Kỳ ${periodName}` }, { label: org.name }]
        }
      />
      <PageTitle description={`Báo cáo ${periodName} (${formatDate(period.startsOn)} – ${formatDate(period.endsOn)}), hạn nộp ${formatDate(period.deadline)}.`}>
        {org.name}
      </PageTitle>

      <section aria-labelledby="tinh-trang" className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="tinh-trang" className="sr-only">
          Tình trạng báo cáo
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Item label="Trạng thái">
            <ReportStateBadge state={state} entered={entered} />
          </Item>
          <Item label="Tình trạng tổ chức cuối kỳ">{report ? ORG_STATUS_LABELS[report.status] : '—'}</Item>
          <Item label="Gửi lần đầu">{report?.firstSubmittedAt ? formatDateTime(report.firstSubmittedAt) : 'Chưa gửi'}</Item>
          <Item label="Xem xét">
            {report?.reviewedAt ? `${report.reviewedBy?.name ?? 'Cán bộ Liên minh'}, ${formatDateTime(report.reviewedAt)}` : 'Chưa xem xét'}
          </Item>
        </dl>
        {report?.returnReason && (state === 'RETURNED' || state === 'DRAFT') ? (
          <div role="note" className="mt-4 rounded-md border border-amber-400 bg-amber-50 px-4 py-3">
            <p className="font-semibold text-amber-900">{state === 'RETURNED' ? 'Lý do trả lại' : 'Lý do trả lại / mở khoá gần nhất'}</p>
            <p className="mt-1 text-slate-800">{report.returnReason}</p>
          </div>
        ) : null}
        {storedWarnings.length > 0 && state !== 'DRAFT' ? (
          <div className="mt-4">
            <p className="font-semibold text-slate-900">Cảnh báo khi gửi</p>
            <ul className="mt-1 list-disc pl-5 text-slate-800">
              {storedWarnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
            {report?.comment ? <p className="mt-2 text-slate-800">Giải trình: {report.comment}</p> : null}
          </div>
        ) : null}
      </section>

      {editable ? (
        <ReportForm
          action={saveReportAction.bind(null, org.id, period.id)}
          groups={groups}
          initial={initial}
          previous={prevValues}
          version={report?.version ?? null}
          allowNil={report?.status === 'SUSPENDED' || report?.status === 'AWAITING_DISSOLUTION' || org.status === 'SUSPENDED'}
          canSubmit={state !== 'SUBMITTED'}
          submitLabel={state === 'RETURNED' ? 'Gửi lại báo cáo' : 'Gửi báo cáo'}
        />
      ) : (
        <>
          {state === 'APPROVED' ? (
            <Notice title="Báo cáo đã được duyệt và khoá">Số liệu chỉ xem, không sửa được. Cần sửa thì cán bộ Liên minh mở khoá kèm lý do.</Notice>
          ) : state === 'SUBMITTED' && roleHas(user.role, 'report.submit') ? (
            <Notice title="Báo cáo đã gửi, đang chờ duyệt">Nếu cần sửa, đề nghị cán bộ Liên minh trả lại báo cáo.</Notice>
          ) : null}
          {entered && report ? (
            <section aria-labelledby="so-lieu" className="mt-6 space-y-4">
              <h2 id="so-lieu" className="text-xl font-bold">
                Số liệu báo cáo{report.nilReport ? ' (báo cáo không phát sinh)' : ''}
              </h2>
              {groups.map((g) => (
                <div key={g.key} className="rounded-lg border border-slate-200 bg-white p-5">
                  <h3 className="mb-3 font-semibold text-slate-900">{g.label}</h3>
                  <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                    {fields
                      .filter((f) => f.group === g.key)
                      .map((f) => (
                        <Item key={f.name} label={f.label}>
                          {showValue(f, report[f.name])}
                        </Item>
                      ))}
                  </dl>
                </div>
              ))}
            </section>
          ) : (
            <p className="mt-6 text-slate-700">Chưa có số liệu.</p>
          )}
        </>
      )}

      {reviewer && report ? (
        <section aria-labelledby="xem-xet" className="mt-8 space-y-6 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="xem-xet" className="text-xl font-bold">
            Xem xét báo cáo
          </h2>
          {state === 'SUBMITTED' ? (
            <>
              <ReviewForm action={reviewReportAction.bind(null, report.id, 'approve')} version={report.version} kind="approve" />
              <ReviewForm action={reviewReportAction.bind(null, report.id, 'return')} version={report.version} kind="return" />
            </>
          ) : state === 'APPROVED' ? (
            <ReviewForm action={reviewReportAction.bind(null, report.id, 'unlock')} version={report.version} kind="unlock" />
          ) : (
            <p className="text-slate-700">Báo cáo chưa được gửi: chỉ duyệt hoặc trả lại được báo cáo đã gửi.</p>
          )}
        </section>
      ) : null}
    </>
  );
}
