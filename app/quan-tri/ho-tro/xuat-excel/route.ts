import type { NextRequest } from 'next/server';

import { recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { todayIsoInVietnam } from '@/lib/format/date';
import { supportWorkbook } from '@/lib/support/export';
import { parseSupportFilters, supportParams } from '@/lib/support/filters';
import { getSupportForExport } from '@/lib/support/queries';
import { xlsxResponse } from '@/lib/support/xlsx';

/** GET /quan-tri/ho-tro/xuat-excel?<the list's filters> — the filtered support activities as .xlsx. */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await requirePermission('support.read');
  const filters = parseSupportFilters(request.nextUrl.searchParams);
  const rows = await getSupportForExport(filters);
  const today = todayIsoInVietnam();
  const buffer = await supportWorkbook(rows, `Hoạt động hỗ trợ kinh tế tập thể ngày ${today}`);
  const used = Object.fromEntries(Object.entries(supportParams(filters, false)).filter(([, v]) => v !== undefined)) as Record<string, string>;
  await recordAudit(prisma, { userId: user.id, action: 'support.export', entity: 'SupportActivity', after: { rows: rows.length, filters: used } });
  return xlsxResponse(buffer, `hoat-dong-ho-tro-${today}.xlsx`);
}
