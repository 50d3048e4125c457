import { notFound } from 'next/navigation';

import { Notice } from '@/components/ui/notice';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Table, Td, Th } from '@/components/ui/table';
import { roleHas } from '@/lib/auth/permissions';
import { formatDate, formatDateTime } from '@/lib/format/date';
import { parseId } from '@/lib/organizations/filters';
import { getUnitLabel } from '@/lib/organizations/queries';
import { ORG_KIND_LABELS, RATING_LABELS } from '@/lib/organizations/sectors';
import { requireRatingOrganization } from '@/lib/ratings/access';
import { confirmAssessment, returnAssessment, saveAssessment, unlockAssessment } from '@/lib/ratings/actions';
import { pointsText, toHundredths } from '@/lib/ratings/compute';
import { getAssessmentContext, isRatingYear, scoresOf } from '@/lib/ratings/queries';

import { RatingBadge, StateBadge } from '../../_components/badges';
import { AssessmentForm } from './_components/assessment-form';
import { ReviewPanel } from './_components/review-forms';

export const metadata = { title: 'Tự đánh giá xếp loại' };

type Props = { params: Promise<{ organizationId: string; year: string }> };

export default async function AssessmentPage({ params }: Props) {
  const { organizationId, year: yearText } = await params;
  const { user, org } = await requireRatingOrganization('rating.assess', parseId(organizationId));
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!isRatingYear(year)) notFound();
  const [{ scheme, assessment, notRated }, unitLabel] = await Promise.all([getAssessmentContext(org, year), getUnitLabel(org.unitId)]);
  const state = assessment?.state ?? null;
  const editable = scheme != null && (state == null || state === 'DRAFT' || state === 'RETURNED');
  const reviewer = roleHas(user.role, 'report.approve');
  const scores = scoresOf(assessment);
  const total = assessment?.totalPoints != null ? pointsText(toHundredths(Number(assessment.totalPoints.toString()))) : null;
  const summary = assessment ? `${org.name}, năm ${year}: ${total ?? '—'} điểm, ${assessment.rating === 'NOT_RATED' ? 'không xếp loại' : `xếp loại ${RATING_LABELS[assessment.rating]}`}.` : '';

  return (
    <>
      <Breadcrumbs items={[{ href: `/quan-tri/xep-loai?nam=${year}`, label: `Xếp loại năm ${year}` }, { label: org.name }]} />
      <PageTitle description={`${ORG_KIND_LABELS[org.kind]} · ${unitLabel ?? ''}`}>
        Tự đánh giá xếp loại năm {year}: {org.name}
      </PageTitle>

      <div className="mb-6 space-y-4">
        {scheme ? (
          <p className="text-slate-700">
            Bộ tiêu chí: <strong>{scheme.name}</strong> ({scheme.code}; {scheme.legalBasis}). Thang điểm {scheme.maxPoints}; các mức:{' '}
            {scheme.bands.map((b) => `${RATING_LABELS[b.rating]} ${b.maxPoints == null ? `từ ${pointsText(toHundredths(b.minPoints))}` : `từ ${pointsText(toHundredths(b.minPoints))} đến dưới ${pointsText(toHundredths(b.maxPoints))}`}`).join('; ')}.
          </p>
        ) : (
          <Notice title="Không thuộc đối tượng xếp loại">
            Năm {year} không có bộ tiêu chí xếp loại nào áp dụng cho loại hình {ORG_KIND_LABELS[org.kind].toLowerCase()}, nên {org.name} không tự đánh giá xếp loại.
          </Notice>
        )}
        {notRated ? <Notice title="Không xếp loại năm này">{notRated}</Notice> : null}
        {state ? (
          <p className="flex flex-wrap items-center gap-2 text-slate-800">
            Trạng thái: <StateBadge state={state} />
            {assessment?.submittedAt ? <span>Gửi lúc {formatDateTime(assessment.submittedAt)}.</span> : null}
            {assessment?.reviewedAt && state !== 'SUBMITTED' ? (
              <span>
                {state === 'APPROVED' ? 'Xác nhận' : 'Xem xét'} lúc {formatDateTime(assessment.reviewedAt)}
                {assessment.reviewedBy ? ` bởi ${assessment.reviewedBy.name}` : ''}.
              </span>
            ) : null}
            {state === 'APPROVED' && !assessment?.reviewedAt && assessment?.assessedOn ? <span>Đánh giá ngày {formatDate(assessment.assessedOn)}.</span> : null}
          </p>
        ) : scheme ? (
          <p className="text-slate-700">Chưa có phiếu tự đánh giá năm {year}: chấm điểm từng tiêu chí rồi lưu nháp hoặc gửi Liên minh xác nhận.</p>
        ) : null}
        {state === 'RETURNED' && assessment?.returnReason ? (
          <div role="note" className="rounded-lg border border-amber-300 bg-amber-50 px-5 py-4">
            <p className="font-semibold text-amber-900">Phiếu bị trả lại</p>
            <p className="mt-1 text-slate-800">Lý do: {assessment.returnReason}</p>
          </div>
        ) : null}
      </div>

      {scheme && (editable || assessment) ? (
        <AssessmentForm
          action={saveAssessment.bind(null, org.id, year)}
          criteria={scheme.criteria}
          bands={scheme.bands}
          schemeMaxPoints={scheme.maxPoints}
          notRated={notRated}
          initialScores={Object.fromEntries([...scores].map(([id, h]) => [id, pointsText(h)]))}
          initialNote={assessment?.note ?? ''}
          editable={editable}
        >
          {assessment ? (
            <>
              <Table caption={`Điểm tự đánh giá năm ${year}`}>
                <thead>
                  <tr>
                    <Th>Tiêu chí</Th>
                    <Th className="text-right">Tối đa</Th>
                    <Th className="text-right">Điểm</Th>
                  </tr>
                </thead>
                <tbody>
                  {scheme.criteria.map((c) => (
                    <tr key={c.id}>
                      <Td>
                        <span className="block text-sm text-slate-600">{c.groupName}</span>
                        {c.ordinal}. {c.title}
                      </Td>
                      <Td className="text-right tabular-nums">{c.maxPoints}</Td>
                      <Td className="text-right tabular-nums">{scores.has(c.id) ? pointsText(scores.get(c.id)!) : '—'}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <p className="text-lg text-slate-900">
                Tổng điểm: <strong className="tabular-nums">{total ?? '—'}</strong> / {scheme.maxPoints} · Xếp loại: <RatingBadge rating={assessment.rating} />
              </p>
              {assessment.note ? <p className="text-slate-700">Ghi chú: {assessment.note}</p> : null}
              {state === 'SUBMITTED' && !reviewer ? <p className="text-slate-700">Phiếu đang chờ Liên minh Hợp tác xã xác nhận.</p> : null}
            </>
          ) : null}
        </AssessmentForm>
      ) : null}
      {scheme && assessment && reviewer ? (
        <ReviewPanel
          state={assessment.state}
          confirm={confirmAssessment.bind(null, org.id, year)}
          giveBack={returnAssessment.bind(null, org.id, year)}
          unlock={unlockAssessment.bind(null, org.id, year)}
          summary={summary}
        />
      ) : null}
    </>
  );
}
