import type { Metadata } from 'next';
import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';
import { Section, StatCard } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { formatDate, todayIsoInVietnam } from '@/lib/format/date';
import { formatMoney, formatNumber } from '@/lib/format/number';
import type { MemberType } from '@/lib/generated/prisma/enums';
import { addMember } from '@/lib/members/actions';
import { getMembershipSummary, getMembersPage, type MemberStatusFilter } from '@/lib/members/queries';
import { cleanText, MEMBER_KIND_LABELS } from '@/lib/members/schema';
import { MEMBER_TYPE_LABELS } from '@/lib/organizations/sectors';
import { firstParam, parsePage } from '@/lib/pagination';
import { getMembershipRuleStatus } from '@/lib/rules/check';

import { loadMembersOrganization } from './_load';
import { MemberForm } from './_components/member-form';
import { OrganizationHeading } from './_components/organization-heading';
import { RuleStatusList } from './_components/rule-status';

export const metadata: Metadata = { title: 'Thành viên và vốn góp' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// URL words for the filters (Vietnamese, without diacritics, like every route).
const statusParams: Record<string, MemberStatusFilter> = { 'hien-tai': 'current', 'da-ra': 'former', 'tat-ca': 'all' };
const typeParams: Record<string, MemberType> = {
  'chinh-thuc': 'OFFICIAL',
  'lien-ket-gop-von': 'ASSOCIATE_CAPITAL',
  'lien-ket-khong-gop-von': 'ASSOCIATE_NO_CAPITAL',
};

/** Exact share of contributed over charter capital, as "74,5%", computed on integers. */
function contributedShare(contributed: bigint, charter: bigint | null): string {
  if (!charter || charter <= 0n) return 'Chưa có vốn điều lệ';
  const tenths = (contributed * 1000n) / charter;
  return `${formatNumber(`${tenths / 10n}.${tenths % 10n}`, { maximumFractionDigits: 1 })}%`;
}

export default async function MembersPage({ params, searchParams }: Props) {
  const user = await requirePermission('organization.read');
  const { id } = await params;
  const { org, canEdit } = await loadMembersOrganization(user, id);
  const query = await searchParams;

  const statusText = firstParam(query['trang-thai']) ?? 'hien-tai';
  const statusKey = Object.hasOwn(statusParams, statusText) ? statusText : 'hien-tai';
  const typeText = firstParam(query.loai) ?? '';
  const typeKey = Object.hasOwn(typeParams, typeText) ? typeText : '';
  const q = cleanText(firstParam(query.q) ?? '').slice(0, 100);
  const page = parsePage(query.trang);

  const [summary, outcomes, list] = await Promise.all([
    getMembershipSummary(org.id, org.charterCapital),
    getMembershipRuleStatus(prisma, org.id),
    getMembersPage(org.id, { status: statusParams[statusKey], type: typeKey ? typeParams[typeKey] : undefined, q: q || undefined, page }),
  ]);

  const typeOptions = Object.entries(MEMBER_TYPE_LABELS).map(([value, label]) => ({ value, label }));
  const kindOptions = Object.entries(MEMBER_KIND_LABELS).map(([value, label]) => ({ value, label }));
  const base = `/quan-tri/to-chuc/${org.id}/thanh-vien`;
  const filtered = statusKey !== 'hien-tai' || typeKey !== '' || q !== '';

  return (
    <>
      <OrganizationHeading org={org} trail={[{ label: 'Thành viên và vốn góp' }]} title={org.name} subtitle="Thành viên và vốn góp" />

      <div className="space-y-8">
        <Section title="Tổng hợp" headingId="tong-hop">
          <dl className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
            <StatCard
              label="Thành viên chính thức hiện nay"
              value={formatNumber(summary.byType.OFFICIAL)}
              detail={`Tổng ${formatNumber(summary.current)} thành viên hiện nay, ${formatNumber(summary.former)} đã ra`}
            />
            <StatCard
              label="Thành viên liên kết"
              value={formatNumber(summary.byType.ASSOCIATE_CAPITAL + summary.byType.ASSOCIATE_NO_CAPITAL)}
              detail={`Góp vốn: ${formatNumber(summary.byType.ASSOCIATE_CAPITAL)} · không góp vốn: ${formatNumber(summary.byType.ASSOCIATE_NO_CAPITAL)}`}
            />
            <StatCard label="Vốn góp của thành viên hiện nay" value={formatMoney(summary.contributed)} detail={`Bằng ${contributedShare(summary.contributed, summary.charterCapital)} vốn điều lệ`} />
            <StatCard label="Vốn điều lệ" value={summary.charterCapital != null ? formatMoney(summary.charterCapital) : 'Chưa ghi'} detail="Theo hồ sơ tổ chức" />
          </dl>
          <p className="mt-4 text-slate-700">
            Theo đối tượng: {formatNumber(summary.byKind.PERSON)} cá nhân, {formatNumber(summary.byKind.HOUSEHOLD)} hộ gia đình,{' '}
            {formatNumber(summary.byKind.LEGAL_ENTITY)} pháp nhân.
          </p>
        </Section>

        <Section title="Quy định của Luật Hợp tác xã 2023" headingId="quy-dinh">
          <RuleStatusList outcomes={outcomes} />
        </Section>

        <Section title="Danh sách thành viên" headingId="danh-sach">
          <form method="get" action={base} role="search" aria-label="Lọc thành viên" className="mb-5 grid items-end gap-4 md:grid-cols-2 xl:grid-cols-[2fr_1fr_1fr_auto]">
            <div>
              <label htmlFor="loc-q" className="block font-medium text-slate-800">
                Tìm theo tên hoặc số CCCD
              </label>
              <input id="loc-q" name="q" type="search" defaultValue={q} className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5" />
            </div>
            <div>
              <label htmlFor="loc-loai" className="block font-medium text-slate-800">
                Loại thành viên
              </label>
              <select id="loc-loai" name="loai" defaultValue={typeKey} className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5">
                <option value="">Tất cả</option>
                {Object.entries(typeParams).map(([key, type]) => (
                  <option key={key} value={key}>
                    {MEMBER_TYPE_LABELS[type]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="loc-trang-thai" className="block font-medium text-slate-800">
                Tình trạng
              </label>
              <select id="loc-trang-thai" name="trang-thai" defaultValue={statusKey} className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5">
                <option value="hien-tai">Thành viên hiện nay</option>
                <option value="da-ra">Đã ra khỏi tổ chức</option>
                <option value="tat-ca">Tất cả</option>
              </select>
            </div>
            <div className="flex flex-wrap gap-3">
              <button type="submit" className={buttonClasses('primary')}>
                Lọc
              </button>
              {filtered ? (
                <Link href={base} className={buttonClasses('ghost')}>
                  Bỏ lọc
                </Link>
              ) : null}
            </div>
          </form>

          <p className="mb-3 text-slate-700" role="status">
            {formatNumber(list.total)} thành viên{filtered ? ' phù hợp' : ' hiện nay'}.
          </p>
          {list.items.length > 0 ? (
            <Table caption={`Thành viên của ${org.name}`}>
              <thead>
                <tr>
                  <Th>Tên thành viên</Th>
                  <Th>Loại thành viên</Th>
                  <Th>Số CCCD / mã số</Th>
                  <Th>Ngày gia nhập</Th>
                  <Th className="text-right">Vốn góp</Th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((m) => (
                  <tr key={m.id}>
                    <Td>
                      <Link href={`${base}/${m.id}`} className="font-medium text-brand-800 underline hover:text-brand-900">
                        {m.name}
                      </Link>
                      <span className="block text-sm text-slate-600">
                        {MEMBER_KIND_LABELS[m.kind]}
                        {m.leftOn ? ` · đã ra ngày ${formatDate(m.leftOn)}` : ''}
                      </span>
                    </Td>
                    <Td>{MEMBER_TYPE_LABELS[m.type]}</Td>
                    <Td className="tabular-nums">{m.idNumber ?? '—'}</Td>
                    <Td className="whitespace-nowrap tabular-nums">{formatDate(m.joinedOn)}</Td>
                    <Td className="text-right whitespace-nowrap tabular-nums">{m.contributed > 0n ? formatMoney(m.contributed) : '—'}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={filtered ? 'Không có thành viên nào phù hợp.' : 'Chưa có thành viên nào trong danh sách.'} />
          )}
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            pathname={base}
            params={{ q: q || undefined, loai: typeKey || undefined, 'trang-thai': statusKey !== 'hien-tai' ? statusKey : undefined }}
          />
        </Section>

        {canEdit ? (
          <Section title="Thêm thành viên" headingId="them-thanh-vien">
            <MemberForm action={addMember.bind(null, org.id)} submitLabel="Thêm thành viên" typeOptions={typeOptions} kindOptions={kindOptions} today={todayIsoInVietnam()} />
          </Section>
        ) : null}
      </div>
    </>
  );
}
