import Link from 'next/link';

import { Notice } from '@/components/ui/notice';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { StatusChangeForm } from '@/components/workspace/status-change-form';
import { prisma } from '@/lib/db';
import { formatDate, todayIsoInVietnam } from '@/lib/format/date';
import { requireOrganization } from '@/lib/organizations/access';
import { recordStatusChange } from '@/lib/organizations/actions';
import { parseId } from '@/lib/organizations/filters';
import { getSuccessorCandidates, scopeOf } from '@/lib/organizations/queries';
import { ORG_KIND_SHORT, ORG_STATUS_LABELS } from '@/lib/organizations/sectors';
import { isTerminal, nextStatuses, sortHistory, STATUS_ACTION_LABELS } from '@/lib/organizations/status';

export const metadata = { title: 'Ghi nhận thay đổi trạng thái' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function RecordStatusPage({ params, searchParams }: Props) {
  const { id: idText } = await params;
  const { user, org } = await requireOrganization('organization.update', parseId(idText));
  const query = await searchParams;
  const successorParam = parseId(typeof query['ke-thua'] === 'string' ? query['ke-thua'] : undefined) ?? undefined;
  const [entries, candidates] = await Promise.all([
    prisma.statusChange.findMany({ where: { organizationId: org.id }, select: { id: true, status: true, effectiveOn: true } }),
    getSuccessorCandidates(org, scopeOf(user), successorParam),
  ]);
  const last = sortHistory(entries).at(-1);
  const from = last?.status ?? org.status;
  const crumbs = (
    <Breadcrumbs
      items={[
        { href: '/quan-tri/to-chuc', label: 'Tổ chức KTTT' },
        { href: `/quan-tri/to-chuc/${org.id}`, label: org.name },
        { label: 'Ghi nhận thay đổi trạng thái' },
      ]}
    />
  );

  if (isTerminal(from)) {
    return (
      <>
        {crumbs}
        <PageTitle>Ghi nhận thay đổi trạng thái</PageTitle>
        <Notice title={`Tổ chức đã ở tình trạng “${ORG_STATUS_LABELS[from]}”${last ? ` từ ngày ${formatDate(last.effectiveOn)}` : ''}`}>
          Không thể ghi nhận thay đổi nào sau đó. Nếu mục đó ghi sai, hãy{' '}
          <Link href={`/quan-tri/to-chuc/${org.id}#lich-su-trang-thai`} className="text-brand-800 underline">
            sửa lại mục đó trong lịch sử trạng thái
          </Link>
          .
        </Notice>
      </>
    );
  }

  const statuses = nextStatuses(from).map((s) => ({ value: s, label: STATUS_ACTION_LABELS[s] }));
  const preset = query['thay-doi'] === 'chuyen-doi' && statuses.some((s) => s.value === 'CONVERTED') ? 'CONVERTED' : '';
  const successorOk = successorParam && candidates.some((c) => c.id === successorParam);
  return (
    <>
      {crumbs}
      <PageTitle
        description={`Tình trạng hiện tại: ${ORG_STATUS_LABELS[org.status]}${last ? ` (từ ${formatDate(last.effectiveOn)})` : ''}. Tình trạng được tính lại từ lịch sử sau khi ghi.`}
      >
        Ghi nhận thay đổi trạng thái: {org.name}
      </PageTitle>
      <StatusChangeForm
        action={recordStatusChange.bind(null, org.id)}
        mode="record"
        statuses={statuses}
        successors={candidates.map((c) => ({
          value: String(c.id),
          label: `${c.name} (${ORG_KIND_SHORT[c.kind]}${c.registrationNumber ? `, số ĐK ${c.registrationNumber}` : ''})`,
        }))}
        initial={{ status: preset, effectiveOn: todayIsoInVietnam(), successorId: successorOk ? String(successorParam) : '' }}
        cancelHref={`/quan-tri/to-chuc/${org.id}`}
        createSuccessorHref={`/quan-tri/to-chuc/moi?chuyen-doi-tu=${org.id}`}
      />
    </>
  );
}
