import type { NextRequest } from 'next/server';

import { recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { todayIsoInVietnam } from '@/lib/format/date';
import { loansWorkbook } from '@/lib/loans/export';
import { loanParams, parseLoanFilters } from '@/lib/loans/filters';
import { getLoansForExport } from '@/lib/loans/queries';
import { xlsxResponse } from '@/lib/support/xlsx';

/** GET /quan-tri/vay-von/xuat-excel?<the list's filters> — the filtered loans with a totals row, as .xlsx. */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await requirePermission('support.read');
  const filters = parseLoanFilters(request.nextUrl.searchParams);
  const { rows, totals } = await getLoansForExport(filters);
  const today = todayIsoInVietnam();
  const buffer = await loansWorkbook(rows, totals, `Vay vốn của HTX ngày ${today}`);
  const used = Object.fromEntries(Object.entries(loanParams(filters, false)).filter(([, v]) => v !== undefined)) as Record<string, string>;
  await recordAudit(prisma, { userId: user.id, action: 'loan.export', entity: 'Loan', after: { rows: rows.length, filters: used } });
  return xlsxResponse(buffer, `vay-von-${today}.xlsx`);
}
