import { notFound } from 'next/navigation';

import { PrintButton } from '@/components/site/print-button';
import { buttonClasses } from '@/components/ui/button';
import { OfficialDocumentView } from '@/components/workspace/official-document-view';
import { requirePermission } from '@/lib/auth/session';
import { resolveReport } from '@/lib/stats-report/generate';
import { parseReportParams, reportQuery } from '@/lib/stats-report/params';

export const metadata = { title: 'Bản in báo cáo' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /quan-tri/thong-ke/bao-cao/in?<the report's choices>: the report as a printable page. */
export default async function ReportPrintPage({ searchParams }: Props) {
  await requirePermission('report.export');
  const parsed = parseReportParams(await searchParams);
  if (!parsed.ok) notFound();
  const outcome = await resolveReport(parsed.params);
  if (!outcome.ok) notFound();
  const query = reportQuery(parsed.params);
  return (
    <>
      <h1 className="sr-only">Bản in: {outcome.report.document.title}</h1>
      <div className="mb-4 flex flex-wrap gap-3 print:hidden" data-print="hide">
        <PrintButton label="In báo cáo" />
        <a href={`/quan-tri/thong-ke/bao-cao/tai-ve?${query}&dinh-dang=docx`} download className={buttonClasses('secondary')}>
          Tải về (.docx)
        </a>
        <a href={`/quan-tri/thong-ke/bao-cao?${query}`} className={buttonClasses('ghost')}>
          Sửa lựa chọn
        </a>
      </div>
      <OfficialDocumentView doc={outcome.report.document} />
    </>
  );
}
