import { EmptyState } from '@/components/ui/empty-state';
import { formatDateTime } from '@/lib/format/date';
import { auditActionLabel, auditChanges, type AuditLookups } from '@/lib/organizations/fields';

type Row = { id: bigint; action: string; before: unknown; after: unknown; createdAt: Date; user: { name: string } | null };

/** The audit rows of one record: who, when, what, and each changed field before → after. */
export function AuditHistory({ rows, lookups, limit }: { rows: Row[]; lookups: AuditLookups; limit: number }) {
  if (rows.length === 0) return <EmptyState title="Chưa có thay đổi nào được ghi nhận." />;
  return (
    <>
      <ol className="space-y-4">
        {rows.map((r) => {
          const changes = auditChanges(r.before, r.after, lookups);
          return (
            <li key={String(r.id)} className="rounded-lg border border-slate-200 bg-white px-5 py-4">
              <p className="font-semibold text-slate-900">
                {auditActionLabel(r.action)}
                <span className="font-normal text-slate-700">
                  {' '}
                  – {r.user?.name ?? 'Không xác định'}, <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time>
                </span>
              </p>
              {changes.length > 0 ? (
                <table className="mt-3 w-full border-collapse text-left text-base">
                  <caption className="sr-only">
                    Các trường thay đổi ({auditActionLabel(r.action)}, {formatDateTime(r.createdAt)})
                  </caption>
                  <thead>
                    <tr className="text-sm text-slate-600">
                      <th scope="col" className="w-1/4 py-1 pr-4 font-medium">
                        Trường
                      </th>
                      <th scope="col" className="py-1 pr-4 font-medium">
                        Trước
                      </th>
                      <th scope="col" className="py-1 font-medium">
                        Sau
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((c) => (
                      <tr key={c.key} className="border-t border-slate-100 align-top">
                        <th scope="row" className="py-1.5 pr-4 font-medium text-slate-800">
                          {c.label}
                        </th>
                        <td className="py-1.5 pr-4 break-words text-slate-700">{c.before}</td>
                        <td className="py-1.5 break-words text-slate-900">{c.after}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </li>
          );
        })}
      </ol>
      {rows.length >= limit ? <p className="mt-3 text-slate-600">Chỉ hiển thị {limit} thay đổi gần nhất.</p> : null}
    </>
  );
}
