import type { NextRequest } from 'next/server';

import { recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { formatPeriod } from '@/lib/format/labels';
import { getPeriod } from '@/lib/reports/completeness';
import { periodSlug, xlsxResponse } from '@/lib/reports/download';
import { periodReportsWorkbook } from '@/lib/reports/spreadsheet';
import { getUnitLabelOf, parseIdSegment, resolveReportUnit } from '@/lib/reports/unit-scope';

/** GET /quan-tri/bao-cao/<periodId>/xuat-excel?don-vi= — the period's reports in the user's scope. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ periodId: string }> }): Promise<Response> {
  const user = await requirePermission('report.monitor');
  const periodId = parseIdSegment((await params).periodId);
  const period = await getPeriod(periodId);
  if (!period) return new Response('Không tìm thấy kỳ báo cáo', { status: 404 });
  const unitId = await resolveReportUnit(user, request.nextUrl.searchParams.get('don-vi') ?? undefined);
  const scope = (await getUnitLabelOf(unitId)) ?? 'toàn tỉnh';
  const { buffer, rows } = await periodReportsWorkbook(periodId, unitId, `Báo cáo ${formatPeriod(period.kind, period.year)} – ${scope}`);
  await recordAudit(prisma, { userId: user.id, action: 'report.export', entity: 'ReportingPeriod', entityId: String(periodId), after: { rows, unitId } });
  return xlsxResponse(buffer, `bao-cao-${periodSlug(period)}${unitId != null ? `-don-vi-${unitId}` : ''}.xlsx`);
}
