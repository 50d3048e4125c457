import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { AuditDiff } from '@/components/workspace/audit-diff';
import { InputField, SelectField } from '@/components/workspace/form-fields';
import { actionLabel, entityLabel } from '@/lib/audit-log/format';
import { AUDIT_PER_PAGE, getAuditFilterOptions, getAuditPage, parseAuditFilters } from '@/lib/audit-log/queries';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';

export const metadata = { title: 'Nhật ký' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const isEmptyJson = (value: unknown) => value === null || value === undefined || (typeof value === 'object' && Object.keys(value).length === 0);

export default async function AuditPage({ searchParams }: Props) {
  await requirePermission('audit.view');
  const filters = parseAuditFilters(await searchParams);
  const [result, options] = await Promise.all([getAuditPage(filters), getAuditFilterOptions()]);
  const params = {
    'nguoi-dung': filters.userId ? String(filters.userId) : undefined,
    'doi-tuong': filters.entity,
    ma: filters.entityId,
    'thao-tac': filters.action,
    'tu-ngay': filters.from,
    'den-ngay': filters.to,
  };
  const filtered = Object.values(params).some(Boolean);

  return (
    <>
      <PageTitle description="Mọi thao tác ghi dữ liệu và đăng nhập, mới nhất trước. Mở từng dòng để xem giá trị trước và sau khi thay đổi.">
        Nhật ký
      </PageTitle>

      <form method="get" role="search" aria-label="Lọc nhật ký" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-5">
          <SelectField
            label="Người thực hiện"
            name="nguoi-dung"
            placeholder="Tất cả"
            defaultValue={params['nguoi-dung'] ?? ''}
            options={options.users.map((u) => ({ value: String(u.id), label: `${u.name} (${u.email})` }))}
          />
          <SelectField
            label="Đối tượng"
            name="doi-tuong"
            placeholder="Tất cả"
            defaultValue={filters.entity ?? ''}
            options={options.entities.map((e) => ({ value: e, label: entityLabel(e) }))}
          />
          <SelectField
            label="Thao tác"
            name="thao-tac"
            placeholder="Tất cả"
            defaultValue={filters.action ?? ''}
            options={options.actions.map((a) => ({ value: a.action, label: actionLabel(a.action, a.entity) }))}
          />
          <InputField label="Từ ngày" name="tu-ngay" type="date" defaultValue={filters.from ?? ''} />
          <InputField label="Đến ngày" name="den-ngay" type="date" defaultValue={filters.to ?? ''} />
        </div>
        {filters.entityId ? <input type="hidden" name="ma" value={filters.entityId} /> : null}
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClasses('primary')}>
            Lọc
          </button>
          {filtered ? (
            <Link href="/quan-tri/nhat-ky" className={buttonClasses('secondary')}>
              Xóa bộ lọc
            </Link>
          ) : null}
          {filters.entityId ? (
            <span className="text-slate-700">
              Chỉ bản ghi {filters.entity ? entityLabel(filters.entity).toLowerCase() : ''} #{filters.entityId}
            </span>
          ) : null}
        </div>
      </form>

      <p className="mb-3 text-slate-600">
        {formatNumber(result.total)} dòng nhật ký{filtered ? ' phù hợp' : ''}; {AUDIT_PER_PAGE} dòng mỗi trang.
      </p>
      {result.items.length > 0 ? (
        <Table caption="Nhật ký thao tác">
          <thead>
            <tr>
              <Th>Thời gian</Th>
              <Th>Người thực hiện</Th>
              <Th>Thao tác</Th>
              <Th>Đối tượng</Th>
              <Th className="w-1/3">Chi tiết</Th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((r) => (
              <tr key={String(r.id)}>
                <Td className="whitespace-nowrap">{formatDateTime(r.createdAt)}</Td>
                <Td>{r.user ? r.user.name : <span className="text-slate-600">Không xác định</span>}</Td>
                <Td>
                  {actionLabel(r.action, r.entity)}
                  <code className="block text-xs text-slate-600">{r.action}</code>
                </Td>
                <Td>
                  {entityLabel(r.entity)}
                  {r.entityId ? <span className="block text-sm break-all text-slate-600">#{r.entityId}</span> : null}
                </Td>
                <Td>
                  {isEmptyJson(r.before) && isEmptyJson(r.after) ? (
                    <span className="text-slate-600">—</span>
                  ) : (
                    <details className="group">
                      <summary className="cursor-pointer font-medium text-brand-800 hover:underline">
                        Xem thay đổi<span className="sr-only"> lúc {formatDateTime(r.createdAt)}</span>
                      </summary>
                      <div className="mt-2">
                        <AuditDiff entity={r.entity} before={r.before} after={r.after} refs={result.refs} />
                      </div>
                    </details>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title={filtered ? 'Không có dòng nhật ký nào phù hợp với bộ lọc.' : 'Chưa có nhật ký nào.'} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/quan-tri/nhat-ky" params={params} />
    </>
  );
}
