import Link from 'next/link';
import { notFound } from 'next/navigation';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Table, Td, Th } from '@/components/ui/table';
import { FlashNotice } from '@/components/workspace/flash-notice';
import { ImportUploadForm } from '@/components/workspace/import/upload-form';
import { ReportCommitForm, ReportMappingForm } from '@/components/workspace/reports/report-import-forms';
import { requirePermission } from '@/lib/auth/session';
import { formatPeriod } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/number';
import { IMPORT_LIMITS, MAX_FILE_LABEL } from '@/lib/import/limits';
import { firstParam } from '@/lib/pagination';
import { getPeriod } from '@/lib/reports/completeness';
import { refuseRepresentative } from '@/lib/reports/download';
import { detectReportHeaderRow, loadReportUpload, REPORT_IMPORT_FIELDS, suggestReportMapping } from '@/lib/reports/import';
import { commitReportImportAction, previewReportImport, uploadReportFile } from '@/lib/reports/import-actions';
import { parseIdSegment } from '@/lib/reports/unit-scope';

export const metadata = { title: 'Nhập báo cáo từ Excel' };

type Props = {
  params: Promise<{ periodId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ReportImportPage({ params, searchParams }: Props) {
  const user = await requirePermission('report.submit');
  refuseRepresentative(user);
  const periodId = parseIdSegment((await params).periodId);
  const query = await searchParams;
  const period = await getPeriod(periodId);
  if (!period) notFound();
  const periodLabel = formatPeriod(period.kind, period.year);
  const token = firstParam(query['tep']);
  const imported = firstParam(query['da-nhap']);
  const loaded = token ? await loadReportUpload(token, user.id) : null;
  if (token && !loaded) notFound();

  const header = (
    <>
      <Breadcrumbs
        items={[
          { href: '/quan-tri/bao-cao', label: 'Báo cáo định kỳ' },
          { href: `/quan-tri/bao-cao/${periodId}`, label: `Kỳ ${periodLabel}` },
          { label: 'Nhập từ Excel' },
        ]}
      />
      <PageTitle description="Tải mẫu của đơn vị ở trang nhập theo lưới, điền số liệu rồi tải lên đây. Mỗi dòng được kiểm tra như khi nhập tay; dòng có cảnh báo vẫn được lưu dạng nháp, dòng bị chặn không được nhập.">
        Nhập báo cáo {periodLabel} từ Excel
      </PageTitle>
    </>
  );

  if (!loaded) {
    return (
      <>
        {header}
        <FlashNotice message={imported && /^\d+$/.test(imported) ? `Đã nhập ${formatNumber(Number(imported))} báo cáo (dạng nháp). Kiểm tra và gửi ở trang nhập theo lưới.` : null} />
        <p className="mb-4">
          <Link href={`/quan-tri/bao-cao/${periodId}/nhap-luoi`} className="text-brand-800 hover:underline">
            Tải mẫu Excel ở trang nhập theo lưới
          </Link>
        </p>
        <ImportUploadForm action={uploadReportFile.bind(null, periodId)} maxBytes={IMPORT_LIMITS.maxFileBytes} maxLabel={MAX_FILE_LABEL} />
      </>
    );
  }

  const sheet = loaded.upload.sheets[0];
  const state = loaded.state;
  const headerRow = state?.headerRow ?? detectReportHeaderRow(sheet?.rows ?? []);
  const headers = sheet?.rows[headerRow] ?? [];
  const columns = state?.columns ?? suggestReportMapping(headers);
  const preview = state?.preview ?? null;

  return (
    <>
      {header}
      <h2 className="mb-3 text-xl font-bold">Ghép cột – {loaded.upload.fileName}</h2>
      <ReportMappingForm
        action={previewReportImport.bind(null, periodId, loaded.upload.id)}
        headers={headers}
        headerRow={headerRow}
        columns={columns}
        fields={REPORT_IMPORT_FIELDS.map((f) => ({ key: f.key, label: f.label }))}
      />
      {preview ? (
        <section className="mt-10" aria-labelledby="xem-truoc">
          <h2 id="xem-truoc" className="mb-3 text-xl font-bold">
            Xem trước
          </h2>
          <p className="mb-3">
            {formatNumber(preview.accepted)} dòng hợp lệ ({formatNumber(preview.warned)} có cảnh báo), {formatNumber(preview.refused)} dòng bị từ chối.
          </p>
          <Table caption="Kết quả kiểm tra từng dòng">
            <thead>
              <tr>
                <Th>Dòng</Th>
                <Th>Tổ chức</Th>
                <Th>Kết quả</Th>
                <Th>Lỗi, cảnh báo</Th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.row}>
                  <Td className="tabular-nums">{r.row}</Td>
                  <Td>{r.name}</Td>
                  <Td className={r.ok ? 'text-brand-800' : 'font-semibold text-red-800'}>{r.ok ? 'Sẽ nhập' : 'Từ chối'}</Td>
                  <Td>
                    <ul className="list-disc pl-5 text-sm">
                      {r.errors.map((e, i) => (
                        <li key={`e${i}`} className="text-red-800">
                          {e}
                        </li>
                      ))}
                      {r.warnings.map((w, i) => (
                        <li key={`w${i}`} className="text-amber-900">
                          Cảnh báo: {w}
                        </li>
                      ))}
                    </ul>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {preview.accepted > 0 ? (
            <div className="mt-6">
              <ReportCommitForm action={commitReportImportAction.bind(null, periodId, loaded.upload.id)} count={preview.accepted} />
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
