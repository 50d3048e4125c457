import { notFound } from 'next/navigation';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { AwardForm } from '@/components/support/award-form';
import { DeleteRecordButton } from '@/components/workspace/delete-record';
import { requirePermission } from '@/lib/auth/session';
import { deleteAward, updateAward } from '@/lib/awards/actions';
import { getAward, getEmulationBlocks } from '@/lib/awards/queries';
import { isoDate } from '@/lib/format/date';
import { parseId } from '@/lib/organizations/filters';
import { AWARD_TYPE_LABELS, enumOptions } from '@/lib/support/labels';

export const metadata = { title: 'Sửa khen thưởng' };

export default async function EditAwardPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('support.manage');
  const id = parseId((await params).id);
  const award = id ? await getAward(id) : null;
  if (!award) notFound();
  const blocks = await getEmulationBlocks();
  const org = award.organization && !award.organization.deletedAt ? award.organization : null;
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/khen-thuong', label: 'Khen thưởng' }, { label: award.recipientName }]} />
      <PageTitle>Sửa khen thưởng: {award.recipientName}</PageTitle>
      <AwardForm
        action={updateAward.bind(null, award.id)}
        initial={{
          year: String(award.year),
          type: award.type,
          title: award.title,
          // The name is kept as typed only when it differs from the organization's.
          recipientName: org && org.name === award.recipientName ? '' : award.recipientName,
          emulationBlock: award.emulationBlock ?? '',
          decisionNumber: award.decisionNumber,
          decisionDate: award.decisionDate ? isoDate(award.decisionDate) : '',
          issuer: award.issuer ?? '',
        }}
        recipient={org ? [{ id: org.id, name: org.name, detail: `${org.unit.type} ${org.unit.name}` }] : []}
        types={enumOptions(AWARD_TYPE_LABELS)}
        blocks={blocks}
        submitLabel="Lưu thay đổi"
        cancelHref="/quan-tri/khen-thuong"
      />
      <div className="mt-10 border-t border-slate-200 pt-6">
        <DeleteRecordButton action={deleteAward.bind(null, award.id)} trigger="Xóa khen thưởng" title="Xóa khen thưởng này?">
          <p>
            {award.title} – <strong>{award.recipientName}</strong> (quyết định {award.decisionNumber}) sẽ bị xóa. Thao tác được ghi vào nhật ký.
          </p>
        </DeleteRecordButton>
      </div>
    </>
  );
}
