import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/page-title';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/date';
import { getPagesForEditors, pagePath } from '@/lib/pages/queries';

export const metadata = { title: 'Trang tĩnh' };

export default async function PagesAdminPage() {
  await requirePermission('page.manage');
  const pages = await getPagesForEditors();
  return (
    <>
      <PageTitle description="Giới thiệu, Cơ cấu tổ chức, Trung tâm Tư vấn, Liên hệ và các trang tiếng Anh.">Trang tĩnh</PageTitle>
      <div className="mb-3 flex justify-end">
        <ButtonLink href="/quan-tri/trang/moi">Thêm trang</ButtonLink>
      </div>
      <Table caption="Các trang tĩnh">
        <thead>
          <tr>
            <Th>Trang</Th>
            <Th>Địa chỉ</Th>
            <Th>Cập nhật</Th>
            <Th>Công khai</Th>
          </tr>
        </thead>
        <tbody>
          {pages.map((p) => (
            <tr key={p.id}>
              <Td>
                <Link href={`/quan-tri/trang/${p.id}`} className="font-medium text-brand-800 hover:underline">
                  {p.title}
                </Link>
              </Td>
              <Td className="font-mono text-sm">{pagePath(p)}</Td>
              <Td className="whitespace-nowrap">{formatDateTime(p.updatedAt)}</Td>
              <Td>{p.published ? <Badge tone="brand">Đang đăng</Badge> : <Badge tone="muted">Ẩn</Badge>}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
