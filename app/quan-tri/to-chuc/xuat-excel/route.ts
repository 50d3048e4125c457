import type { NextRequest } from 'next/server';

import { recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { todayIsoInVietnam } from '@/lib/format/date';
import { organizationsWorkbook } from '@/lib/organizations/export';
import { filterParams, parseOrganizationFilters } from '@/lib/organizations/filters';
import { getOrganizationsForExport, scopeOf } from '@/lib/organizations/queries';

/**
 * GET /quan-tri/to-chuc/xuat-excel?<the list's filters> — the filtered list as .xlsx. Same guard
 * and scope as the list page: a district officer's file holds only their unit's organizations.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await requirePermission('organization.read');
  const filters = parseOrganizationFilters(request.nextUrl.searchParams);
  const rows = await getOrganizationsForExport(filters, scopeOf(user));
  const today = todayIsoInVietnam();
  const buffer = await organizationsWorkbook(rows, `Danh sách tổ chức kinh tế tập thể ngày ${today}`);
  // The file carries contact details of many organizations: who took which list is kept.
  const { trang: _page, ...used } = filterParams(filters);
  await recordAudit(prisma, {
    userId: user.id,
    action: 'organization.export',
    entity: 'Organization',
    entityId: null,
    after: { rows: rows.length, filters: Object.fromEntries(Object.entries(used).filter(([, v]) => v !== undefined)) as Record<string, string> },
  });
  return new Response(new Uint8Array(buffer), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="danh-sach-to-chuc-${today}.xlsx"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
