import type { NextRequest } from 'next/server';

import { recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { awardsWorkbook } from '@/lib/awards/export';
import { awardParams, parseAwardFilters } from '@/lib/awards/filters';
import { getAwardsForExport } from '@/lib/awards/queries';
import { prisma } from '@/lib/db';
import { todayIsoInVietnam } from '@/lib/format/date';
import { xlsxResponse } from '@/lib/support/xlsx';

/** GET /quan-tri/khen-thuong/xuat-excel?<the list's filters> — the filtered awards as .xlsx. */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await requirePermission('support.read');
  const filters = parseAwardFilters(request.nextUrl.searchParams);
  const rows = await getAwardsForExport(filters);
  const today = todayIsoInVietnam();
  const buffer = await awardsWorkbook(rows, `Khen thưởng khu vực kinh tế tập thể ngày ${today}`);
  const used = Object.fromEntries(Object.entries(awardParams(filters, false)).filter(([, v]) => v !== undefined)) as Record<string, string>;
  await recordAudit(prisma, { userId: user.id, action: 'award.export', entity: 'Award', after: { rows: rows.length, filters: used } });
  return xlsxResponse(buffer, `khen-thuong-${today}.xlsx`);
}
