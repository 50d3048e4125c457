import type { NextRequest } from 'next/server';

import { requirePermission } from '@/lib/auth/session';
import { parseReportParams } from '@/lib/stats-report/params';
import { reportDocx, reportFileName, reportWorkbook, resolveReport } from '@/lib/stats-report/generate';

const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * GET /quan-tri/thong-ke/bao-cao/tai-ve?ky=2023-6t&ngay=2023-06-30&so=23&nguoi-ky=…&chuc-vu=…&dinh-dang=docx|xlsx
 * The semi-annual or annual report as a file. A plain link that holds every choice, so that a
 * leader can bookmark or forward it; whoever opens it must still be signed in with report.export
 * (anonymous visitors are sent to the sign-in page by the proxy and by the guard).
 */
export async function GET(request: NextRequest): Promise<Response> {
  await requirePermission('report.export');
  const started = performance.now();
  const parsed = parseReportParams(request.nextUrl.searchParams);
  if (!parsed.ok) return refuse(Object.values(parsed.errors));
  const outcome = await resolveReport(parsed.params);
  if (!outcome.ok) return refuse(Object.values(outcome.errors));
  const format = parsed.params.format;
  const body = format === 'docx' ? await reportDocx(outcome.report) : await reportWorkbook(outcome.report);
  const name = reportFileName(outcome.report, format);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
      'Server-Timing': `generate;dur=${Math.round(performance.now() - started)}`,
    },
  });
}

function refuse(messages: (string | undefined)[]): Response {
  return new Response(`Không tạo được báo cáo:\n${messages.filter(Boolean).join('\n')}\n`, {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}
