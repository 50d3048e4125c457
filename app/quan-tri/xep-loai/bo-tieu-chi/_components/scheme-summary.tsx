import { Table, Td, Th } from '@/components/ui/table';
import { ORG_KIND_LABELS, RATING_LABELS } from '@/lib/organizations/sectors';
import { pointsText, toHundredths } from '@/lib/ratings/compute';
import type { SchemeView } from '@/lib/ratings/queries';

/** A scheme read-only: its rules, criteria and bands. */
export function SchemeSummary({ scheme }: { scheme: SchemeView }) {
  const p = (n: number) => pointsText(toHundredths(n));
  return (
    <div className="space-y-6">
      <dl className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-medium text-slate-600">Loại hình được xếp loại</dt>
          <dd>{scheme.orgKinds.length > 0 ? scheme.orgKinds.map((k) => ORG_KIND_LABELS[k]).join(', ') : 'Mọi loại hình'}</dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-slate-600">Không xếp loại khi</dt>
          <dd>
            hoạt động dưới {scheme.minMonthsOperating} tháng tính đến 31/12, hoặc ngừng hoạt động quá {scheme.maxMonthsStopped} tháng trong năm
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-sm font-medium text-slate-600">Mức xếp loại</dt>
          <dd>{scheme.bands.map((b) => `${RATING_LABELS[b.rating]}: ${b.maxPoints == null ? `từ ${p(b.minPoints)} điểm` : `từ ${p(b.minPoints)} đến dưới ${p(b.maxPoints)} điểm`}`).join('; ')}</dd>
        </div>
      </dl>
      <Table caption={`Tiêu chí của bộ ${scheme.code}`}>
        <thead>
          <tr>
            <Th>Nhóm</Th>
            <Th>Tiêu chí</Th>
            <Th className="text-right">Điểm tối đa</Th>
          </tr>
        </thead>
        <tbody>
          {scheme.criteria.map((c) => (
            <tr key={c.id}>
              <Td className="min-w-48">{c.groupName}</Td>
              <Td>
                {c.ordinal}. {c.title}
              </Td>
              <Td className="text-right tabular-nums">{c.maxPoints}</Td>
            </tr>
          ))}
          <tr>
            <Td>{null}</Td>
            <Td className="font-semibold">Tổng</Td>
            <Td className="text-right font-semibold tabular-nums">{scheme.maxPoints}</Td>
          </tr>
        </tbody>
      </Table>
    </div>
  );
}
