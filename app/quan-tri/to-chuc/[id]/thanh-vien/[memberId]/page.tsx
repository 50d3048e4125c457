import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { Section } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/auth/session';
import { formatDate, isoDate, todayIsoInVietnam } from '@/lib/format/date';
import { formatMoney } from '@/lib/format/number';
import { addContribution, markMemberLeft, reinstateMember, updateMember } from '@/lib/members/actions';
import { getMemberDetail, parseRecordId } from '@/lib/members/queries';
import { CONTRIBUTION_FORM_LABELS, MEMBER_KIND_LABELS } from '@/lib/members/schema';
import { MEMBER_TYPE_LABELS } from '@/lib/organizations/sectors';

import { loadMembersOrganization } from '../_load';
import { ContributionForm } from '../_components/contribution-form';
import { LeaveForm } from '../_components/leave-form';
import { MemberForm } from '../_components/member-form';
import { OrganizationHeading } from '../_components/organization-heading';

export const metadata: Metadata = { title: 'Thành viên' };

type Props = {
  params: Promise<{ id: string; memberId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function MemberPage({ params, searchParams }: Props) {
  const user = await requirePermission('organization.read');
  const { id, memberId } = await params;
  const { org, canEdit } = await loadMembersOrganization(user, id);
  const memberKey = parseRecordId(memberId);
  // A member id of another organization is not found here, whoever asks.
  const member = memberKey ? await getMemberDetail(org.id, memberKey) : null;
  if (!member) notFound();
  // Set by deleteContribution, which comes back here once the contribution's page is gone.
  const deleted = (await searchParams)['thong-bao'] === 'da-xoa-von-gop';

  const base = `/quan-tri/to-chuc/${org.id}/thanh-vien`;
  const today = todayIsoInVietnam();
  const total = member.contributions.reduce((sum, c) => sum + c.amount, 0n);
  const formOptions = Object.entries(CONTRIBUTION_FORM_LABELS).map(([value, label]) => ({ value, label }));

  const details: [string, string][] = [
    ['Loại thành viên', MEMBER_TYPE_LABELS[member.type]],
    ['Thành viên là', MEMBER_KIND_LABELS[member.kind]],
    ['Số CCCD / mã số', member.idNumber ?? '—'],
    ['Năm sinh', member.birthYear ? String(member.birthYear) : '—'],
    ['Giới tính', member.gender ?? '—'],
    ['Địa chỉ', member.address ?? '—'],
    ['Số điện thoại', member.phone ?? '—'],
    ['Ngày gia nhập', formatDate(member.joinedOn)],
    ['Ngày ra khỏi tổ chức', member.leftOn ? formatDate(member.leftOn) : 'Đang là thành viên'],
  ];

  return (
    <>
      <OrganizationHeading
        org={org}
        trail={[{ href: base, label: 'Thành viên và vốn góp' }, { label: member.name }]}
        title={member.name}
        subtitle={`${MEMBER_TYPE_LABELS[member.type]} của ${org.name}${member.leftOn ? ` (đã ra ngày ${formatDate(member.leftOn)})` : ''}`}
      />
      <p className="-mt-3 mb-6">
        <Link href={base} className="text-brand-800 underline hover:text-brand-900">
          ‹ Danh sách thành viên
        </Link>
      </p>

      <div role="status" className="mb-6 empty:hidden">
        {deleted ? <p className="rounded-md border border-brand-200 bg-brand-50 px-4 py-3 font-medium text-brand-900">Đã xoá khoản vốn góp.</p> : null}
      </div>

      <div className="space-y-8">
        <Section title="Thông tin thành viên" headingId="thong-tin">
          {canEdit ? (
            <MemberForm
              action={updateMember.bind(null, org.id, member.id)}
              submitLabel="Lưu thông tin thành viên"
              typeOptions={Object.entries(MEMBER_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
              kindOptions={Object.entries(MEMBER_KIND_LABELS).map(([value, label]) => ({ value, label }))}
              today={today}
              initial={{
                type: member.type,
                kind: member.kind,
                name: member.name,
                idNumber: member.idNumber ?? '',
                birthYear: member.birthYear ? String(member.birthYear) : '',
                gender: member.gender ?? '',
                address: member.address ?? '',
                phone: member.phone ?? '',
                joinedOn: isoDate(member.joinedOn),
              }}
            />
          ) : (
            <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
              {details.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="font-medium text-slate-700">{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          )}
        </Section>

        <Section title="Vốn góp" headingId="von-gop">
          {member.contributions.length > 0 ? (
            <Table caption={`Các khoản vốn góp của ${member.name}`}>
              <thead>
                <tr>
                  <Th>Ngày góp</Th>
                  <Th className="text-right">Số vốn</Th>
                  <Th>Hình thức</Th>
                  <Th>Ghi chú</Th>
                  {canEdit ? <Th>Thao tác</Th> : null}
                </tr>
              </thead>
              <tbody>
                {member.contributions.map((c) => (
                  <tr key={c.id}>
                    <Td className="whitespace-nowrap tabular-nums">{formatDate(c.contributedOn)}</Td>
                    <Td className="text-right whitespace-nowrap tabular-nums">{formatMoney(c.amount)}</Td>
                    <Td>{CONTRIBUTION_FORM_LABELS[c.form]}</Td>
                    <Td>{c.note ?? '—'}</Td>
                    {canEdit ? (
                      <Td>
                        <Link href={`${base}/${member.id}/gop-von/${c.id}`} className="text-brand-800 underline hover:text-brand-900">
                          Sửa hoặc xoá<span className="sr-only"> khoản góp ngày {formatDate(c.contributedOn)}</span>
                        </Link>
                      </Td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <Td className="font-semibold">Tổng cộng</Td>
                  <Td className="text-right font-semibold whitespace-nowrap tabular-nums">{formatMoney(total)}</Td>
                  <Td>{''}</Td>
                  <Td>{''}</Td>
                  {canEdit ? <Td>{''}</Td> : null}
                </tr>
              </tfoot>
            </Table>
          ) : (
            <EmptyState title="Chưa ghi nhận khoản vốn góp nào." />
          )}
          {canEdit && !member.leftOn ? (
            <div className="mt-6 border-t border-slate-200 pt-5">
              <h3 className="mb-4 text-xl font-semibold text-slate-900">Ghi nhận vốn góp</h3>
              <ContributionForm action={addContribution.bind(null, org.id, member.id)} submitLabel="Ghi nhận vốn góp" formOptions={formOptions} today={today} />
            </div>
          ) : null}
        </Section>

        {canEdit ? (
          <Section title="Ra khỏi tổ chức" headingId="ra-khoi">
            <LeaveForm
              leave={markMemberLeft.bind(null, org.id, member.id)}
              reinstate={member.leftOn ? reinstateMember.bind(null, org.id, member.id) : null}
              leftOn={member.leftOn ? isoDate(member.leftOn) : ''}
              joinedOn={isoDate(member.joinedOn)}
              today={today}
            />
          </Section>
        ) : null}
      </div>
    </>
  );
}
