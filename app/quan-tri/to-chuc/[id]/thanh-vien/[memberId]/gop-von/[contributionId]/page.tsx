import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { Section } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { formatDate, isoDate, todayIsoInVietnam } from '@/lib/format/date';
import { formatMoney } from '@/lib/format/number';
import { deleteContribution, updateContribution } from '@/lib/members/actions';
import { getMemberDetail, parseRecordId } from '@/lib/members/queries';
import { CONTRIBUTION_FORM_LABELS } from '@/lib/members/schema';

import { loadMembersOrganization } from '../../../_load';
import { ContributionForm } from '../../../_components/contribution-form';
import { DeleteContribution } from '../../../_components/delete-contribution';
import { OrganizationHeading } from '../../../_components/organization-heading';

export const metadata: Metadata = { title: 'Sửa khoản vốn góp' };

type Props = { params: Promise<{ id: string; memberId: string; contributionId: string }> };

export default async function ContributionPage({ params }: Props) {
  const user = await requirePermission('organization.update');
  const { id, memberId, contributionId } = await params;
  const { org, canEdit } = await loadMembersOrganization(user, id);
  if (!canEdit) notFound();
  const memberKey = parseRecordId(memberId);
  const contributionKey = parseRecordId(contributionId);
  const member = memberKey ? await getMemberDetail(org.id, memberKey) : null;
  const contribution = member?.contributions.find((c) => c.id === contributionKey);
  if (!member || !contribution) notFound();

  const memberPath = `/quan-tri/to-chuc/${org.id}/thanh-vien/${member.id}`;
  const description = `khoản vốn góp ${formatMoney(contribution.amount)} ngày ${formatDate(contribution.contributedOn)} của ${member.name}`;

  return (
    <>
      <OrganizationHeading
        org={org}
        trail={[
          { href: `/quan-tri/to-chuc/${org.id}/thanh-vien`, label: 'Thành viên và vốn góp' },
          { href: memberPath, label: member.name },
          { label: 'Sửa khoản vốn góp' },
        ]}
        title="Sửa khoản vốn góp"
        subtitle={`Của ${member.name}, ${org.name}`}
      />
      <p className="-mt-3 mb-6">
        <Link href={memberPath} className="text-brand-800 underline hover:text-brand-900">
          ‹ Về thành viên {member.name}
        </Link>
      </p>
      <div className="space-y-8">
        <Section title="Thông tin khoản góp" headingId="khoan-gop">
          <ContributionForm
            action={updateContribution.bind(null, org.id, contribution.id)}
            submitLabel="Lưu khoản vốn góp"
            formOptions={Object.entries(CONTRIBUTION_FORM_LABELS).map(([value, label]) => ({ value, label }))}
            today={todayIsoInVietnam()}
            initial={{
              amount: new Intl.NumberFormat('vi-VN').format(contribution.amount),
              form: contribution.form,
              contributedOn: isoDate(contribution.contributedOn),
              note: contribution.note ?? '',
            }}
          />
        </Section>
        <Section title="Xoá khoản góp" headingId="xoa">
          <p className="mb-4 text-slate-700">Chỉ xoá khoản góp ghi nhầm. Vốn góp được hoàn trả khi thành viên ra khỏi tổ chức thì ghi nhận việc ra khỏi tổ chức.</p>
          <DeleteContribution action={deleteContribution.bind(null, org.id, contribution.id)} description={description} />
        </Section>
      </div>
    </>
  );
}
