import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/date';
import { getLatestAuditLogs } from '@/lib/workspace/queries';

export const metadata = { title: 'Nhật ký' };

export default async function AuditPage() {
  await requirePermission('audit.view');
  const rows = await getLatestAuditLogs(50);

  return (
    <>
      <PageTitle description="50 thao tác gần nhất trên hệ thống (đăng nhập, thay đổi dữ liệu).">Nhật ký</PageTitle>
      {rows.length > 0 ? (
        <Table caption="Nhật ký thao tác">
          <thead>
            <tr>
              <Th>Thời gian</Th>
              <Th>Người thực hiện</Th>
              <Th>Thao tác</Th>
              <Th>Đối tượng</Th>
              <Th>Địa chỉ IP</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={String(r.id)}>
                <Td className="whitespace-nowrap">{formatDateTime(r.createdAt)}</Td>
                <Td>{r.user ? r.user.name : <span className="text-slate-500">Không xác định</span>}</Td>
                <Td>
                  <code className="text-sm">{r.action}</code>
                </Td>
                <Td>
                  {r.entity}
                  {r.entityId ? <span className="text-slate-600"> #{r.entityId}</span> : null}
                </Td>
                <Td>{r.ip ?? '—'}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title="Chưa có nhật ký nào." />
      )}
    </>
  );
}
