import type { Metadata } from 'next';
import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/auth/session';
import { ORG_KIND_SHORT } from '@/lib/organizations/sectors';
import { getRules } from '@/lib/rules/queries';
import { SEVERITY_LABELS } from '@/lib/rules/schema';

export const metadata: Metadata = { title: 'Quy tắc kiểm tra' };

export default async function RulesPage() {
  await requirePermission('rule.manage');
  const rules = await getRules();

  return (
    <>
      <PageTitle description="Các quy định của Luật Hợp tác xã 2023 mà phần mềm kiểm tra khi nhập thành viên và vốn góp. Quy tắc “cảnh báo” vẫn cho lưu và hiện lưu ý; quy tắc “chặn” không cho lưu. Ngưỡng, mức độ và nội dung thông báo sửa được tại đây, không cần sửa phần mềm.">
        Quy tắc kiểm tra
      </PageTitle>
      {rules.length > 0 ? (
        <Table caption="Quy tắc kiểm tra dữ liệu">
          <thead>
            <tr>
              <Th>Quy tắc</Th>
              <Th>Áp dụng cho</Th>
              <Th>Mức độ</Th>
              <Th>Thông báo</Th>
              <Th>Trạng thái</Th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => {
              const params = r.definition?.params.safeParse(r.params);
              return (
                <tr key={r.id}>
                  <Td>
                    <Link href={`/quan-tri/quy-tac/${r.id}`} className="font-medium text-brand-800 underline hover:text-brand-900">
                      {r.definition?.title ?? r.code}
                    </Link>
                    {r.definition && params?.success ? <span className="block text-slate-700">{r.definition.describe(params.data)}</span> : null}
                    <code className="block text-sm text-slate-600">{r.code}</code>
                  </Td>
                  <Td className="whitespace-nowrap">{r.orgKinds.length > 0 ? r.orgKinds.map((k) => ORG_KIND_SHORT[k]).join(', ') : 'Mọi loại hình'}</Td>
                  <Td>
                    <Badge tone={r.severity === 'BLOCK' ? 'warning' : 'neutral'}>{SEVERITY_LABELS[r.severity]}</Badge>
                  </Td>
                  <Td className="min-w-80">{r.message}</Td>
                  <Td className="whitespace-nowrap">{r.active ? 'Đang áp dụng' : <span className="text-slate-600">Tạm ngừng</span>}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      ) : (
        <EmptyState title="Chưa có quy tắc nào." />
      )}
    </>
  );
}
