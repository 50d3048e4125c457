import Link from 'next/link';
import type { ReactNode } from 'react';

import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { Breadcrumbs } from '@/components/ui/page-title';
import { Table, Td, Th } from '@/components/ui/table';
import { RepresentativeCreateForm, RepresentativeDeactivate } from '@/components/reports/representative-forms';
import { OrganizationSupport } from '@/components/support/organization-support';
import { AuditHistory } from '@/components/workspace/audit-history';
import { FlashNotice } from '@/components/workspace/flash-notice';
import { DeleteOrganizationButton, RestoreOrganizationButton } from '@/components/workspace/organization-delete';
import { OrgStatusBadge } from '@/components/workspace/org-status-badge';
import { roleHas } from '@/lib/auth/permissions';
import { can } from '@/lib/auth/session';
import { formatDate, formatDateTime } from '@/lib/format/date';
import { formatMoney } from '@/lib/format/number';
import { requireOrganization } from '@/lib/organizations/access';
import { deleteOrganization, restoreOrganization } from '@/lib/organizations/actions';
import { parseId } from '@/lib/organizations/filters';
import { AUDIT_ROWS_SHOWN, getOrganizationAudit, getOrganizationDetail, getStatusHistory } from '@/lib/organizations/queries';
import {
  ALLIANCE_MEMBERSHIP_LABELS,
  ORG_KIND_LABELS,
  ORG_STATUS_LABELS,
  SECTOR_GROUP_LABELS,
  SECTOR_LABELS,
} from '@/lib/organizations/sectors';
import { isTerminal } from '@/lib/organizations/status';
import { createRepresentative, deactivateRepresentative } from '@/lib/reports/actions';
import { getRepresentatives } from '@/lib/reports/queries';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const notices: Record<string, string> = {
  'da-tao': 'Đã tạo hồ sơ tổ chức.',
  'da-luu': 'Đã lưu thay đổi.',
  'khong-thay-doi': 'Không có thay đổi nào để lưu.',
  'da-ghi-trang-thai': 'Đã ghi nhận thay đổi trạng thái.',
  'da-sua-trang-thai': 'Đã sửa mục lịch sử trạng thái.',
  'da-khoi-phuc': 'Đã khôi phục tổ chức.',
};

// A fixed title: metadata is rendered apart from the page's guard, so it must not read the record.
export const metadata = { title: 'Hồ sơ tổ chức' };

function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'sm:col-span-2' : undefined}>
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-0.5 break-words text-slate-900">{children ?? '—'}</dd>
    </div>
  );
}

const orDash = (v: string | null | undefined) => (v ? v : '—');

export default async function OrganizationPage({ params, searchParams }: Props) {
  const { id: idText } = await params;
  const { user, org: access } = await requireOrganization('organization.read', parseId(idText), { allowDeleted: true });
  const id = access.id;
  const [org, history, audit, mayUpdate, query] = await Promise.all([
    getOrganizationDetail(id),
    getStatusHistory(id),
    getOrganizationAudit(id),
    can(user, 'organization.update', access.unitId),
    searchParams,
  ]);
  if (!org) return null;
  const mayDelete = roleHas(user.role, 'organization.delete');
  const representatives = roleHas(user.role, 'representative.manage') ? await getRepresentatives(id) : null;
  const editable = mayUpdate && !org.deletedAt;
  const notice = typeof query['thong-bao'] === 'string' ? (notices[query['thong-bao']] ?? null) : null;

  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/to-chuc', label: 'Tổ chức KTTT' }, { label: org.name }]} />
      <header className="mb-6">
        <h1 className="text-3xl font-bold text-slate-900">{org.name}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-3 text-lg text-slate-700">
          <span>{ORG_KIND_LABELS[org.kind]}</span>
          <OrgStatusBadge status={org.status} />
          {org.deletedAt ? <Badge tone="warning">Đã xóa</Badge> : null}
        </p>
      </header>
      <FlashNotice message={notice} />

      {org.deletedAt ? (
        <div className="mb-6 space-y-3">
          <Notice title={`Tổ chức này đã bị xóa lúc ${formatDateTime(org.deletedAt)}`}>
            Hồ sơ không hiện trong danh sách và trên cổng thông tin cho đến khi được khôi phục.
          </Notice>
          {mayDelete ? <RestoreOrganizationButton action={restoreOrganization.bind(null, id)} label="Khôi phục tổ chức" /> : null}
        </div>
      ) : null}

      {editable || (mayDelete && !org.deletedAt) ? (
        <div className="mb-6 flex flex-wrap items-start gap-3">
          {editable ? <ButtonLink href={`/quan-tri/to-chuc/${id}/sua`}>Sửa thông tin</ButtonLink> : null}
          {editable && !isTerminal(org.status) ? (
            <ButtonLink href={`/quan-tri/to-chuc/${id}/trang-thai`} variant="secondary">
              Ghi nhận thay đổi trạng thái
            </ButtonLink>
          ) : null}
          {mayDelete && !org.deletedAt ? <DeleteOrganizationButton action={deleteOrganization.bind(null, id)} name={org.name} /> : null}
        </div>
      ) : null}

      <nav aria-label="Các phần của hồ sơ" className="mb-8 border-b border-slate-200">
        <ul className="flex flex-wrap gap-x-6 gap-y-2 pb-3">
          <li>
            <a href="#tong-quan" className="font-medium text-brand-800 hover:underline">
              Tổng quan
            </a>
          </li>
          <li>
            <a href="#lich-su-trang-thai" className="font-medium text-brand-800 hover:underline">
              Lịch sử trạng thái
            </a>
          </li>
          <li>
            <a href="#thanh-vien-von-gop" className="font-medium text-brand-800 hover:underline">
              Thành viên và vốn góp
            </a>
          </li>
          <li>
            <a href="#lich-su-thay-doi" className="font-medium text-brand-800 hover:underline">
              Lịch sử thay đổi
            </a>
          </li>
        </ul>
      </nav>

      <section id="tong-quan" aria-labelledby="tong-quan-title" className="mb-10 scroll-mt-4">
        <h2 id="tong-quan-title" className="mb-4 text-2xl font-bold">
          Tổng quan
        </h2>
        <dl className="grid gap-x-8 gap-y-4 rounded-lg border border-slate-200 bg-white px-5 py-5 sm:grid-cols-2">
          <Field label="Tên viết tắt">{orDash(org.shortName)}</Field>
          <Field label="Loại hình">{ORG_KIND_LABELS[org.kind]}</Field>
          <Field label="Số đăng ký">{orDash(org.registrationNumber)}</Field>
          <Field label="Mã số thuế">{orDash(org.taxCode)}</Field>
          <Field label="Lĩnh vực">
            {SECTOR_LABELS[org.sector]} <span className="text-slate-600">({SECTOR_GROUP_LABELS[org.sectorGroup]})</span>
          </Field>
          <Field label="Ngày thành lập">{org.establishedOn ? formatDate(org.establishedOn) : '—'}</Field>
          <Field label="Đơn vị hành chính">
            {org.unit.type} {org.unit.name}
            {org.unit.parent ? (
              <span className="text-slate-600">
                , {org.unit.parent.type} {org.unit.parent.name}
              </span>
            ) : null}
          </Field>
          <Field label="Địa chỉ">{orDash(org.address)}</Field>
          <Field label="Điện thoại">{orDash(org.phone)}</Field>
          <Field label="Email">{orDash(org.email)}</Field>
          <Field label="Trang web">{orDash(org.website)}</Field>
          <Field label="Người đại diện">
            {org.leaderName ? `${org.leaderName}${org.leaderTitle ? ` – ${org.leaderTitle}` : ''}` : '—'}
          </Field>
          <Field label="Vốn điều lệ">{org.charterCapital !== null ? formatMoney(org.charterCapital) : '—'}</Field>
          <Field label="Thành viên Liên minh HTX tỉnh">
            {ALLIANCE_MEMBERSHIP_LABELS[org.allianceMembership]}
            {org.allianceJoinedOn ? ` (từ ${formatDate(org.allianceJoinedOn)})` : ''}
          </Field>
          <Field label="Đặc điểm" wide>
            {[
              org.isNewModel && 'HTX kiểu mới',
              org.hasValueChainLink && 'Liên kết chuỗi giá trị',
              org.hasVietGap && 'VietGAP',
              org.hasGlobalGap && 'GlobalGAP',
            ]
              .filter(Boolean)
              .join(', ') || '—'}
          </Field>
          <Field label="Sản phẩm, dịch vụ chính" wide>
            {orDash(org.mainProducts)}
          </Field>
          {org.ocopProducts.length > 0 ? (
            <Field label="Sản phẩm OCOP" wide>
              <ul className="list-disc pl-5">
                {org.ocopProducts.map((p) => (
                  <li key={p.id}>
                    {p.name} – {p.stars} sao ({p.certifiedYear})
                  </li>
                ))}
              </ul>
            </Field>
          ) : null}
          <Field label="Giới thiệu" wide>
            {org.description ? <span className="whitespace-pre-line">{org.description}</span> : '—'}
          </Field>
        </dl>
      </section>

      <section id="lich-su-trang-thai" aria-labelledby="lich-su-trang-thai-title" className="mb-10 scroll-mt-4">
        <h2 id="lich-su-trang-thai-title" className="mb-2 text-2xl font-bold">
          Lịch sử trạng thái
        </h2>
        <p className="mb-4 text-slate-700">
          Tình trạng hiện tại (<strong>{ORG_STATUS_LABELS[org.status]}</strong>) là mục có hiệu lực gần nhất tính đến hôm nay.
        </p>
        {org.successor ? (
          <p className="mb-3">
            Tổ chức kế thừa:{' '}
            {org.successor.deletedAt ? (
              org.successor.name
            ) : (
              <Link href={`/quan-tri/to-chuc/${org.successor.id}`} className="font-medium text-brand-800 underline">
                {org.successor.name}
              </Link>
            )}
          </p>
        ) : null}
        {org.predecessors.length > 0 ? (
          <p className="mb-3">
            Hình thành từ:{' '}
            {org.predecessors.map((p, i) => (
              <span key={p.id}>
                {i > 0 ? ', ' : ''}
                <Link href={`/quan-tri/to-chuc/${p.id}`} className="font-medium text-brand-800 underline">
                  {p.name}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
        {history.length > 0 ? (
          <Table caption="Lịch sử trạng thái">
            <thead>
              <tr>
                <Th>Ngày hiệu lực</Th>
                <Th>Trạng thái</Th>
                <Th>Lý do</Th>
                <Th>Số quyết định</Th>
                <Th>Người ghi</Th>
                {editable ? <Th>Sửa</Th> : null}
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.id}>
                  <Td className="whitespace-nowrap tabular-nums">{formatDate(h.effectiveOn)}</Td>
                  <Td>
                    {ORG_STATUS_LABELS[h.status]}
                    {h.correctedAt ? <span className="block text-sm text-slate-600">Đã sửa {formatDate(h.correctedAt)}</span> : null}
                  </Td>
                  <Td>{orDash(h.reason)}</Td>
                  <Td>{orDash(h.decisionNumber)}</Td>
                  <Td>{h.createdBy?.name ?? '—'}</Td>
                  {editable ? (
                    <Td>
                      <Link href={`/quan-tri/to-chuc/${id}/trang-thai/${h.id}`} className="text-brand-800 underline">
                        Sửa<span className="sr-only"> mục ngày {formatDate(h.effectiveOn)}</span>
                      </Link>
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-slate-600">Chưa có mục nào trong lịch sử trạng thái.</p>
        )}
        {editable && org.kind === 'GROUP' && !isTerminal(org.status) ? (
          <p className="mt-4">
            <Link href={`/quan-tri/to-chuc/moi?chuyen-doi-tu=${id}`} className="font-medium text-brand-800 underline">
              Tổ hợp tác chuyển đổi thành hợp tác xã: tạo hồ sơ hợp tác xã mới
            </Link>
          </p>
        ) : null}
      </section>

      {/* Members and capital contributions are kept on their own page (/thanh-vien), built with the member register. */}
      <section id="thanh-vien-von-gop" aria-labelledby="thanh-vien-von-gop-title" className="mb-10 scroll-mt-4">
        <h2 id="thanh-vien-von-gop-title" className="mb-2 text-2xl font-bold">
          Thành viên và vốn góp
        </h2>
        <p className="text-slate-700">
          Vốn điều lệ đăng ký: <strong>{org.charterCapital !== null ? formatMoney(org.charterCapital) : 'chưa ghi nhận'}</strong>.
        </p>
        <p className="mt-2">
          <Link href={`/quan-tri/to-chuc/${id}/thanh-vien`} className="font-medium text-brand-800 underline">
            Danh sách thành viên và vốn góp
          </Link>
        </p>
      </section>

      {representatives ? (
        <section id="tai-khoan-dai-dien" aria-labelledby="tai-khoan-dai-dien-title" className="mb-10 scroll-mt-4">
          <h2 id="tai-khoan-dai-dien-title" className="mb-2 text-2xl font-bold">
            Tài khoản đại diện
          </h2>
          <p className="mb-4 text-slate-700">Người đại diện đăng nhập để tự nhập, gửi báo cáo định kỳ của tổ chức và xem báo cáo bị trả lại; chỉ thấy tổ chức của mình.</p>
          {representatives.length > 0 ? (
            <Table caption="Tài khoản đại diện của tổ chức">
              <thead>
                <tr>
                  <Th>Họ và tên</Th>
                  <Th>Đăng nhập gần nhất</Th>
                  <Th>Trạng thái</Th>
                  <Th>Thao tác</Th>
                </tr>
              </thead>
              <tbody>
                {representatives.map((r) => (
                  <tr key={r.id}>
                    <Td>
                      {r.name}
                      <span className="block text-sm text-slate-600">{r.email}</span>
                    </Td>
                    <Td>{r.lastLoginAt ? formatDateTime(r.lastLoginAt) : 'Chưa đăng nhập'}</Td>
                    <Td>{r.active ? <Badge tone="brand">Hoạt động</Badge> : <Badge tone="muted">Đã khóa</Badge>}</Td>
                    <Td>{r.active ? <RepresentativeDeactivate action={deactivateRepresentative.bind(null, id, r.id)} name={r.name} /> : '—'}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <p className="text-slate-700">Tổ chức chưa có tài khoản đại diện.</p>
          )}
          {!org.deletedAt ? (
            <details className="mt-4">
              <summary className="cursor-pointer font-medium text-brand-800">Tạo tài khoản đại diện</summary>
              <div className="mt-3">
                <RepresentativeCreateForm action={createRepresentative.bind(null, id)} />
              </div>
            </details>
          ) : null}
        </section>
      ) : null}
      <OrganizationSupport organizationId={id} role={user.role} />

      <section id="lich-su-thay-doi" aria-labelledby="lich-su-thay-doi-title" className="mb-10 scroll-mt-4">
        <h2 id="lich-su-thay-doi-title" className="mb-4 text-2xl font-bold">
          Lịch sử thay đổi
        </h2>
        <AuditHistory rows={audit.rows} lookups={audit.lookups} limit={AUDIT_ROWS_SHOWN} />
      </section>
    </>
  );
}
