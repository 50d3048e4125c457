import type { NextRequest } from 'next/server';

import { requirePermission } from '@/lib/auth/session';
import { formatPeriod } from '@/lib/format/labels';
import { getPeriod } from '@/lib/reports/completeness';
import { periodSlug, refuseRepresentative, xlsxResponse } from '@/lib/reports/download';
import { periodTemplateWorkbook } from '@/lib/reports/spreadsheet';
import { getUnitLabelOf, parseIdSegment, resolveReportUnit } from '@/lib/reports/unit-scope';

/**
 * GET /quan-tri/bao-cao/<periodId>/mau-excel?don-vi=&ky-truoc=1 — the template of the period for a
 * unit: its expected organizations, the figures blank or (ky-truoc=1) those of the previous report.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ periodId: string }> }): Promise<Response> {
  const user = await requirePermission('report.submit');
  refuseRepresentative(user);
  const periodId = parseIdSegment((await params).periodId);
  const period = await getPeriod(periodId);
  if (!period) return new Response('Không tìm thấy kỳ báo cáo', { status: 404 });
  const search = request.nextUrl.searchParams;
  const unitId = await resolveReportUnit(user, search.get('don-vi') ?? undefined);
  const scope = (await getUnitLabelOf(unitId)) ?? 'toàn tỉnh';
  const { buffer } = await periodTemplateWorkbook(periodId, unitId, `Mẫu báo cáo ${formatPeriod(period.kind, period.year)} – ${scope}`, search.get('ky-truoc') === '1');
  return xlsxResponse(buffer, `mau-bao-cao-${periodSlug(period)}${unitId != null ? `-don-vi-${unitId}` : ''}.xlsx`);
}
