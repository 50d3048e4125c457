import { notFound } from 'next/navigation';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { StatusChangeForm } from '@/components/workspace/status-change-form';
import { prisma } from '@/lib/db';
import { formatDate } from '@/lib/format/date';
import type { OrgStatus } from '@/lib/generated/prisma/enums';
import { requireOrganization } from '@/lib/organizations/access';
import { correctStatusChange } from '@/lib/organizations/actions';
import { parseId } from '@/lib/organizations/filters';
import { getSuccessorCandidates, scopeOf } from '@/lib/organizations/queries';
import { ORG_KIND_SHORT, ORG_STATUS_LABELS } from '@/lib/organizations/sectors';
import { needsSuccessor } from '@/lib/organizations/status';

export const metadata = { title: 'Sửa mục lịch sử trạng thái' };

type Props = { params: Promise<{ id: string; changeId: string }> };

export default async function CorrectStatusPage({ params }: Props) {
  const { id: idText, changeId: changeText } = await params;
  const { user, org } = await requireOrganization('organization.update', parseId(idText));
  const changeId = parseId(changeText);
  const entry = changeId
    ? await prisma.statusChange.findFirst({
        where: { id: changeId, organizationId: org.id },
        select: { id: true, status: true, effectiveOn: true, reason: true, decisionNumber: true },
      })
    : null;
  if (!entry) notFound();
  const candidates = await getSuccessorCandidates(org, scopeOf(user), org.successorId ?? undefined);

  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/quan-tri/to-chuc', label: 'Tổ chức KTTT' },
          { href: `/quan-tri/to-chuc/${org.id}`, label: org.name },
          { label: 'Sửa mục lịch sử trạng thái' },
        ]}
      />
      <PageTitle
        description={`Mục đang sửa: ${ORG_STATUS_LABELS[entry.status]}, hiệu lực từ ${formatDate(entry.effectiveOn)}. Lịch sử sau khi sửa phải hợp lệ; tình trạng hiện tại được tính lại.`}
      >
        Sửa mục lịch sử trạng thái: {org.name}
      </PageTitle>
      <StatusChangeForm
        action={correctStatusChange.bind(null, org.id, entry.id)}
        mode="correct"
        statuses={(Object.keys(ORG_STATUS_LABELS) as OrgStatus[]).map((s) => ({ value: s, label: ORG_STATUS_LABELS[s] }))}
        successors={candidates.map((c) => ({
          value: String(c.id),
          label: `${c.name} (${ORG_KIND_SHORT[c.kind]}${c.registrationNumber ? `, số ĐK ${c.registrationNumber}` : ''})`,
        }))}
        initial={{
          status: entry.status,
          effectiveOn: entry.effectiveOn.toISOString().slice(0, 10),
          reason: entry.reason ?? '',
          decisionNumber: entry.decisionNumber ?? '',
          successorId: needsSuccessor(entry.status) && org.successorId ? String(org.successorId) : '',
        }}
        cancelHref={`/quan-tri/to-chuc/${org.id}#lich-su-trang-thai`}
      />
    </>
  );
}
