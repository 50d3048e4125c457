import { notFound } from 'next/navigation';

import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { todayIsoInVietnam } from '@/lib/format/date';
import { getOpenData, OPEN_DATA_FORMATS, OPEN_DATA_IDS, OPEN_DATA_SOURCE, parseOpenDataFile } from '@/lib/open-data/queries';
import { tableCsv, tableJson, tablesWorkbook } from '@/lib/open-data/table';

/**
 * Open data: /so-lieu/du-lieu/<bảng>.csv | .xlsx | .json, stable URLs documented on /so-lieu.
 * Cached like a public page under the statistics tag and today's day tag (the figures are as of
 * today), so they are computed once per change or per day (docs/decisions/0004). During the build
 * (no database) a placeholder is rendered, which the runtime cache never serves.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return OPEN_DATA_IDS.flatMap((id) => OPEN_DATA_FORMATS.map((format) => ({ tep: `${id}.${format}` })));
}

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export async function GET(_request: Request, { params }: { params: Promise<{ tep: string }> }): Promise<Response> {
  const file = parseOpenDataFile((await params).tep);
  if (!file) notFound();
  const today = todayIsoInVietnam();
  if (!(await cachedUnder(cacheTags.stats, cacheTags.day(today)))) return new Response('', { headers: { 'Content-Type': CONTENT_TYPES[file.format] } });
  const data = await getOpenData(today);
  const table = data.tables.find((t) => t.id === file.id)!;
  const name = `so-lieu-${table.id}-${data.asOf}.${file.format}`;
  const headers: Record<string, string> = { 'Content-Type': CONTENT_TYPES[file.format], 'Access-Control-Allow-Origin': '*' };
  if (file.format !== 'json') headers['Content-Disposition'] = `attachment; filename="${name}"`;
  if (file.format === 'csv') return new Response(tableCsv(table), { headers });
  if (file.format === 'json') {
    return new Response(JSON.stringify({ ...tableJson(table, { asOf: data.asOf, source: OPEN_DATA_SOURCE }), unitMode: data.unitMode }, null, 1), { headers });
  }
  const workbook = await tablesWorkbook([table], { title: table.title, note: `Số liệu đến ngày ${data.asOf}. Nguồn: ${OPEN_DATA_SOURCE}` });
  return new Response(new Uint8Array(workbook), { headers });
}
