import type { NextRequest } from 'next/server';

import { recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { formatPeriod } from '@/lib/format/labels';
import { COMPLETENESS_GROUPS, getCompletenessOrganizationsForExport, getPeriod, parseGroup } from '@/lib/reports/completeness';
import { completenessWorkbook } from '@/lib/reports/completeness-export';
import { getUnitLabelOf, parseIdSegment, resolveReportUnit } from '@/lib/reports/unit-scope';

/**
 * GET /quan-tri/bao-cao/<periodId>/tien-do/xuat-excel?don-vi=&nhom=chua-nop — the completeness
 * page's organization list with contacts, in the user's scope (same guard as the page).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ periodId: string }> }): Promise<Response> {
  const user = await requirePermission('report.monitor');
  const periodId = parseIdSegment((await params).periodId);
  const period = await getPeriod(periodId);
  if (!period) return new Response('Không tìm thấy kỳ báo cáo', { status: 404 });
  const search = request.nextUrl.searchParams;
  const unitId = await resolveReportUnit(user, search.get('don-vi') ?? undefined);
  const group = parseGroup(search.get('nhom') ?? undefined);
  const rows = await getCompletenessOrganizationsForExport(periodId, unitId, group);
  const unitLabel = (await getUnitLabelOf(unitId)) ?? 'toàn tỉnh';
  const buffer = await completenessWorkbook(rows, `${COMPLETENESS_GROUPS[group]} – báo cáo ${formatPeriod(period.kind, period.year)} – ${unitLabel}`);
  // Contacts of many organizations leave the portal: who took which list is kept.
  await recordAudit(prisma, {
    userId: user.id,
    action: 'report.completeness.export',
    entity: 'ReportingPeriod',
    entityId: String(periodId),
    after: { rows: rows.length, group, unitId },
  });
  return new Response(new Uint8Array(buffer), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="tien-do-bao-cao-${period.year}-${period.kind === 'FIRST_HALF' ? '6t' : 'nam'}-${group}.xlsx"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
