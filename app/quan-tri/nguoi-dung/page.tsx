import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { roleLabels } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { parsePage } from '@/lib/pagination';
import { getUsersPage } from '@/lib/workspace/queries';

export const metadata = { title: 'Người dùng' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  await requirePermission('user.manage');
  const page = parsePage((await searchParams).trang);
  const result = await getUsersPage(page);

  return (
    <>
      <PageTitle description="Tài khoản cán bộ, biên tập viên, lãnh đạo và cán bộ địa phương.">Người dùng</PageTitle>
      <p className="mb-3 text-slate-600">{formatNumber(result.total)} tài khoản.</p>
      {result.items.length > 0 ? (
        <Table caption="Danh sách người dùng">
          <thead>
            <tr>
              <Th>Họ và tên</Th>
              <Th>Vai trò</Th>
              <Th>Địa bàn</Th>
              <Th>Đăng nhập gần nhất</Th>
              <Th>Trạng thái</Th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((u) => (
              <tr key={u.id}>
                <Td>
                  <span className="font-medium">{u.name}</span>
                  <span className="block text-sm text-slate-600">{u.email}</span>
                </Td>
                <Td>{roleLabels[u.role]}</Td>
                <Td>{u.unit ? `${u.unit.type} ${u.unit.name}` : 'Toàn tỉnh'}</Td>
                <Td className="whitespace-nowrap">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : 'Chưa đăng nhập'}</Td>
                <Td>{u.active ? <Badge tone="brand">Hoạt động</Badge> : <Badge tone="muted">Đã khóa</Badge>}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title="Chưa có tài khoản nào." />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/quan-tri/nguoi-dung" />
    </>
  );
}
