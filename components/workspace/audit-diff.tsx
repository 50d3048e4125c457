import { auditChanges, noRefs, type AuditRefs } from '@/lib/audit-log/format';

/**
 * The fields an audit row recorded, before and after, with Vietnamese labels and formatted values.
 * Used by the global audit view (/quan-tri/nhat-ky) and by the history tab of a record: pass the
 * row's entity, before and after, and the names of the users and units it mentions.
 */
export function AuditDiff({
  entity,
  before,
  after,
  refs = noRefs,
  caption = 'Các trường thay đổi',
}: {
  entity: string;
  before: unknown;
  after: unknown;
  refs?: AuditRefs;
  caption?: string;
}) {
  const changes = auditChanges(entity, before, after, refs);
  if (changes.length === 0) return <p className="text-slate-600">Không có chi tiết thay đổi.</p>;
  const hasBefore = changes.some((c) => c.before !== null);
  const hasAfter = changes.some((c) => c.after !== null);
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="border-b border-slate-300 px-3 py-2 font-semibold">
            Trường
          </th>
          {hasBefore ? (
            <th scope="col" className="border-b border-slate-300 px-3 py-2 font-semibold">
              Trước
            </th>
          ) : null}
          {hasAfter ? (
            <th scope="col" className="border-b border-slate-300 px-3 py-2 font-semibold">
              {hasBefore ? 'Sau' : 'Giá trị'}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row" className="border-b border-slate-200 px-3 py-2 align-top font-medium text-slate-800">
              {c.label}
            </th>
            {hasBefore ? (
              <td className="border-b border-slate-200 px-3 py-2 align-top break-words text-slate-700">
                {c.before === null ? '—' : hasAfter ? <del className="decoration-red-700/60">{c.before}</del> : c.before}
              </td>
            ) : null}
            {hasAfter ? (
              <td className="border-b border-slate-200 px-3 py-2 align-top break-words text-slate-900">
                {c.after === null ? '—' : hasBefore ? <ins className="no-underline">{c.after}</ins> : c.after}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
