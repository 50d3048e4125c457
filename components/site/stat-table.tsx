import { Table, Td, Th } from '@/components/ui/table';
import { formatNumber } from '@/lib/format/number';
import type { Cell, Field, StatTable } from '@/lib/open-data/table';

function show(value: Cell | undefined, field: Field): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value.split('-').reverse().join('/') : value;
  return formatNumber(value, { maximumFractionDigits: field.type === 'decimal' || field.type === 'percent' ? 2 : 0 });
}

/** A statistics table as an HTML table, numbers in vi-VN form; also the text alternative of its chart. */
export function StatTableView({ table, fields }: { table: StatTable; fields?: Field[] }) {
  const columns = fields ?? table.fields;
  return (
    <Table caption={table.title}>
      <thead>
        <tr>
          {columns.map((f) => (
            <Th key={f.key} className={f.type === 'text' ? undefined : 'text-right'}>
              {f.label}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {columns.map((f) => (
              <Td key={f.key} className={f.type === 'text' ? undefined : 'text-right tabular-nums'}>
                {show(row[f.key], f)}
              </Td>
            ))}
          </tr>
        ))}
        {table.total ? (
          <tr className="font-semibold">
            {columns.map((f) => (
              <Td key={f.key} className={f.type === 'text' ? undefined : 'text-right tabular-nums'}>
                {show(table.total?.[f.key], f)}
              </Td>
            ))}
          </tr>
        ) : null}
      </tbody>
    </Table>
  );
}
