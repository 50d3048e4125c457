import { Notice } from '@/components/ui/notice';
import { PageTitle } from '@/components/ui/page-title';
import { roleLabels } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getUnitName } from '@/lib/workspace/queries';

import { ChangePasswordForm } from './change-password-form';

export const metadata = { title: 'Tài khoản của tôi' };

export default async function MyAccountPage() {
  // requireUser, not requirePermission: this is the one page open to a user who must change a
  // one-time password (requirePermission sends them here).
  const user = await requireUser();
  const unitName = user.unitId != null ? await getUnitName(user.unitId) : null;

  return (
    <>
      <PageTitle>Tài khoản của tôi</PageTitle>
      {user.mustChangePassword ? (
        <div className="mb-6 max-w-2xl">
          <Notice title="Vui lòng đổi mật khẩu">
            Bạn đang dùng mật khẩu tạm thời do quản trị hệ thống cấp. Hãy đặt mật khẩu của riêng bạn để tiếp tục làm việc.
          </Notice>
        </div>
      ) : null}
      <dl className="mb-8 grid max-w-2xl gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-600">Họ và tên</dt>
          <dd className="mt-1 font-medium">{user.name}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Email đăng nhập</dt>
          <dd className="mt-1 font-medium">{user.email}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Vai trò</dt>
          <dd className="mt-1">{roleLabels[user.role]}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Địa bàn</dt>
          <dd className="mt-1">{unitName ?? 'Toàn tỉnh'}</dd>
        </div>
      </dl>
      <section aria-labelledby="doi-mat-khau" className="max-w-2xl rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="doi-mat-khau" className="mb-4 text-xl font-bold text-slate-900">
          Đổi mật khẩu
        </h2>
        <ChangePasswordForm />
      </section>
    </>
  );
}
