import Link from 'next/link';
import { notFound } from 'next/navigation';

import { Badge } from '@/components/ui/badge';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { roleLabels } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/date';
import { unitOptionGroups } from '@/lib/units/options';
import { getUnitOptions } from '@/lib/units/queries';
import { getUserDetail } from '@/lib/users/queries';

import { ResetPasswordForm, UserActiveForm, UserEditForm } from './user-forms';

export const metadata = { title: 'Tài khoản người dùng' };

type Props = { params: Promise<{ id: string }> };

function Panel({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id={id} className="mb-4 text-xl font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function UserPage({ params }: Props) {
  const admin = await requirePermission('user.manage');
  const { id: idText } = await params;
  if (!/^\d{1,9}$/.test(idText)) notFound();
  const id = Number(idText);
  const [user, units] = await Promise.all([getUserDetail(id), getUnitOptions()]);
  if (!user) notFound();
  const isSelf = user.id === admin.id;
  // A representative is made from its organization's page; only an existing one keeps the role.
  const roles = Object.entries(roleLabels)
    .filter(([value]) => value !== 'ORG_REPRESENTATIVE' || user.role === 'ORG_REPRESENTATIVE')
    .map(([value, label]) => ({ value, label }));

  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/nguoi-dung', label: 'Người dùng' }, { label: user.name }]} />
      <PageTitle description={user.email}>{user.name}</PageTitle>

      <dl className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-sm text-slate-600">Trạng thái</dt>
          <dd className="mt-1">
            {!user.active ? (
              <Badge tone="muted">Đã khóa</Badge>
            ) : user.mustChangePassword ? (
              <Badge tone="warning">Chờ đổi mật khẩu</Badge>
            ) : user.pendingInvitationExpiresAt ? (
              <Badge tone="warning">Chờ nhận lời mời</Badge>
            ) : (
              <Badge tone="brand">Hoạt động</Badge>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Vai trò, địa bàn</dt>
          <dd className="mt-1">
            {roleLabels[user.role]} – {user.organization ? user.organization.name : user.unit ? `${user.unit.type} ${user.unit.name}` : 'toàn tỉnh'}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Đăng nhập gần nhất</dt>
          <dd className="mt-1">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Chưa đăng nhập'}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Tạo lúc</dt>
          <dd className="mt-1">{formatDateTime(user.createdAt)}</dd>
        </div>
        <div className="sm:col-span-2 lg:col-span-4">
          <dt className="sr-only">Nhật ký</dt>
          <dd className="flex flex-wrap gap-x-6 gap-y-1">
            <Link href={`/quan-tri/nhat-ky?doi-tuong=User&ma=${user.id}`} className="text-brand-800 underline">
              Nhật ký thay đổi tài khoản này
            </Link>
            <Link href={`/quan-tri/nhat-ky?nguoi-dung=${user.id}`} className="text-brand-800 underline">
              Thao tác do {user.name} thực hiện
            </Link>
          </dd>
        </div>
        {user.pendingInvitationExpiresAt ? (
          <div className="sm:col-span-2 lg:col-span-4">
            <dt className="text-sm text-slate-600">Liên kết mời</dt>
            <dd className="mt-1">Chưa dùng, hết hạn lúc {formatDateTime(user.pendingInvitationExpiresAt)}.</dd>
          </div>
        ) : null}
      </dl>

      <div className="grid gap-6 xl:grid-cols-2">
        <Panel title="Thông tin tài khoản" id="thong-tin">
          <UserEditForm
            userId={user.id}
            initial={{ name: user.name, role: user.role, unitId: user.unitId }}
            roles={roles}
            units={unitOptionGroups(units)}
            isSelf={isSelf}
          />
        </Panel>
        <div className="space-y-6">
          <Panel title={user.active ? 'Khóa tài khoản' : 'Mở khóa tài khoản'} id="khoa">
            <UserActiveForm userId={user.id} active={user.active} name={user.name} isSelf={isSelf} />
          </Panel>
          {!isSelf && user.active ? (
            <Panel title="Cấp lại mật khẩu" id="mat-khau">
              <ResetPasswordForm userId={user.id} name={user.name} />
            </Panel>
          ) : null}
        </div>
      </div>
    </>
  );
}
