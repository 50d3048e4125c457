import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
import { ButtonLink, buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { InputField, SelectField } from '@/components/workspace/form-fields';
import { roleLabels } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { getUnitOptions } from '@/lib/units/queries';
import { unitOptionGroups } from '@/lib/units/options';
import { getUsersPage, parseUserFilters } from '@/lib/users/queries';

export const metadata = { title: 'Người dùng' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const roleOptions = Object.entries(roleLabels).map(([value, label]) => ({ value, label }));

export default async function UsersPage({ searchParams }: Props) {
  await requirePermission('user.manage');
  const filters = parseUserFilters(await searchParams);
  const [result, units] = await Promise.all([getUsersPage(filters), getUnitOptions()]);
  const filterParams = {
    q: filters.q,
    'vai-tro': filters.role,
    'don-vi': filters.unitId ? String(filters.unitId) : undefined,
    'trang-thai': filters.active === undefined ? undefined : filters.active ? 'hoat-dong' : 'khoa',
  };
  const filtered = Object.values(filterParams).some(Boolean);

  return (
    <>
      <PageTitle description="Tài khoản cán bộ, biên tập viên, lãnh đạo và cán bộ địa phương.">Người dùng</PageTitle>
      <p className="mb-4">
        <ButtonLink href="/quan-tri/nguoi-dung/them">Thêm người dùng</ButtonLink>
      </p>

      <form method="get" role="search" aria-label="Lọc người dùng" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
          <InputField label="Tên hoặc email" name="q" type="search" defaultValue={filters.q ?? ''} />
          <SelectField label="Vai trò" name="vai-tro" defaultValue={filters.role ?? ''} placeholder="Tất cả vai trò" options={roleOptions} />
          <SelectField
            label="Địa bàn"
            name="don-vi"
            defaultValue={filters.unitId ? String(filters.unitId) : ''}
            placeholder="Tất cả địa bàn"
            groups={unitOptionGroups(units)}
          />
          <SelectField
            label="Trạng thái"
            name="trang-thai"
            defaultValue={filterParams['trang-thai'] ?? ''}
            placeholder="Tất cả"
            options={[
              { value: 'hoat-dong', label: 'Đang hoạt động' },
              { value: 'khoa', label: 'Đã khóa' },
            ]}
          />
        </div>
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="submit" className={buttonClasses('primary')}>
            Lọc
          </button>
          {filtered ? (
            <Link href="/quan-tri/nguoi-dung" className={buttonClasses('secondary')}>
              Xóa bộ lọc
            </Link>
          ) : null}
        </div>
      </form>

      <p className="mb-3 text-slate-600">
        {formatNumber(result.total)} tài khoản{filtered ? ' phù hợp' : ''}.
      </p>
      {result.items.length > 0 ? (
        <Table caption="Danh sách người dùng">
          <thead>
            <tr>
              <Th>Họ và tên</Th>
              <Th>Vai trò</Th>
              <Th>Địa bàn / tổ chức</Th>
              <Th>Đăng nhập gần nhất</Th>
              <Th>Trạng thái</Th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((u) => (
              <tr key={u.id}>
                <Td>
                  <Link href={`/quan-tri/nguoi-dung/${u.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                    {u.name}
                  </Link>
                  <span className="block text-sm text-slate-600">{u.email}</span>
                </Td>
                <Td>{roleLabels[u.role]}</Td>
                <Td>{u.organization ? u.organization.name : u.unit ? `${u.unit.type} ${u.unit.name}` : 'Toàn tỉnh'}</Td>
                <Td className="whitespace-nowrap">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : 'Chưa đăng nhập'}</Td>
                <Td>
                  {!u.active ? (
                    <Badge tone="muted">Đã khóa</Badge>
                  ) : u.mustChangePassword ? (
                    <Badge tone="warning">Chờ đổi mật khẩu</Badge>
                  ) : (
                    <Badge tone="brand">Hoạt động</Badge>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title={filtered ? 'Không có tài khoản nào phù hợp với bộ lọc.' : 'Chưa có tài khoản nào.'} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/quan-tri/nguoi-dung" params={filterParams} />
    </>
  );
}
