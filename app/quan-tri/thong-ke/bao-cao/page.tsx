import { buttonClasses } from '@/components/ui/button';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { CheckboxField, InputField, SelectField, TextAreaField } from '@/components/workspace/form-fields';
import { requirePermission } from '@/lib/auth/session';
import { todayIsoInVietnam } from '@/lib/format/date';
import { formatPeriod } from '@/lib/format/labels';
import { checkReportChoices } from '@/lib/stats-report/generate';
import { defaultTasks, shortDate } from '@/lib/stats-report/content';
import { parseReportParams, periodKey, reportQuery, type ReportParams } from '@/lib/stats-report/params';
import { getReportPeriods } from '@/lib/stats-report/queries';

export const metadata = { title: 'Báo cáo sơ kết, tổng kết' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BASE = '/quan-tri/thong-ke/bao-cao';

/**
 * The semi-annual / annual report: staff choose the period, the as-of date, the number and the
 * signer (and may edit Part Two); the page then offers plain GET links that hold every choice:
 * the .docx, the .xlsx and a printable page. The form itself is a GET form, so this page's own
 * URL is shareable too.
 */
export default async function ReportFormPage({ searchParams }: Props) {
  const user = await requirePermission('report.export');
  const search = await searchParams;
  const periods = await getReportPeriods();
  const submitted = search.ky !== undefined;
  const parsed = submitted ? parseReportParams(search) : null;
  const checked = parsed?.ok ? await checkReportChoices(parsed.params) : null;
  const errors = parsed && !parsed.ok ? parsed.errors : checked && !checked.ok ? checked.errors : {};
  const values: Record<string, string> = parsed && !parsed.ok ? parsed.values : Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : (v ?? '')]));

  // The latest period that has ended is the usual choice.
  const today = todayIsoInVietnam();
  const fallback = periods.find((p) => p.endsOn <= today) ?? periods[0];
  const chosenKey = values.ky || (fallback ? periodKey(fallback.year, fallback.kind) : '');
  const chosen = periods.find((p) => periodKey(p.year, p.kind) === chosenKey) ?? fallback;
  const tasksDefault = chosen ? defaultTasks(chosen) : '';

  let links: { docx: string; xlsx: string; print: string } | null = null;
  let ready: ReportParams | null = null;
  if (parsed?.ok && checked?.ok) {
    // Part Two left as proposed need not travel in the link: the default is rebuilt from the period.
    ready = { ...parsed.params, tasks: parsed.params.tasks.trim() === defaultTasks(checked.period).trim() ? '' : parsed.params.tasks };
    links = {
      docx: `${BASE}/tai-ve?${reportQuery(ready, 'docx')}`,
      xlsx: `${BASE}/tai-ve?${reportQuery(ready, 'xlsx')}`,
      print: `${BASE}/in?${reportQuery(ready)}`,
    };
  }
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/thong-ke', label: 'Thống kê' }, { label: 'Báo cáo sơ kết, tổng kết' }]} />
      <PageTitle description="Báo cáo 6 tháng và báo cáo năm theo thể thức Nghị định 30/2020/NĐ-CP, số liệu lấy từ sổ đăng ký và báo cáo định kỳ đã duyệt.">
        Báo cáo sơ kết, tổng kết
      </PageTitle>

      {hasErrors ? (
        <div role="alert" className="mb-6 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">
          <p className="font-semibold">Chưa tạo được báo cáo. Vui lòng kiểm tra các trường được đánh dấu.</p>
        </div>
      ) : null}

      {links && ready && checked?.ok ? (
        <section aria-labelledby="bao-cao-san-sang" className="mb-8 rounded-lg border border-brand-200 bg-brand-50 p-5">
          <h2 id="bao-cao-san-sang" className="text-xl font-semibold text-slate-900">
            Báo cáo {formatPeriod(checked.period.kind, checked.period.year)}, số liệu đến ngày {shortDate(checked.asOf)}
          </h2>
          <p className="mt-1 text-slate-700">
            Các liên kết dưới đây chứa đủ lựa chọn của bạn: có thể lưu lại hoặc gửi cho người khác (người nhận cần đăng nhập).
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <a href={links.docx} download className={buttonClasses('primary')}>
              Tải về (.docx)
            </a>
            <a href={links.xlsx} download className={buttonClasses('secondary')}>
              Tải bảng số liệu (.xlsx)
            </a>
            <a href={links.print} className={buttonClasses('secondary')}>
              Xem bản in
            </a>
          </div>
        </section>
      ) : null}

      <form method="get" action={BASE} className="max-w-3xl space-y-5 rounded-lg border border-slate-200 bg-white p-5">
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            label="Kỳ báo cáo"
            name="ky"
            defaultValue={chosenKey}
            error={errors.ky}
            options={periods.map((p) => ({ value: periodKey(p.year, p.kind), label: `${p.kind === 'FIRST_HALF' ? 'Sơ kết' : 'Tổng kết'} ${formatPeriod(p.kind, p.year)}` }))}
          />
          <InputField
            label="Số liệu tính đến ngày"
            name="ngay"
            type="date"
            defaultValue={values.ngay ?? ''}
            error={errors.ngay}
            hint="Để trống: ngày cuối kỳ."
          />
          <InputField label="Số văn bản" name="so" inputMode="numeric" defaultValue={values.so ?? ''} error={errors.so} hint="Để trống nếu văn thư cấp số sau." />
          <InputField label="Ngày ký" name="ngay-ky" type="date" defaultValue={values['ngay-ky'] ?? ''} error={errors['ngay-ky']} hint="Để trống: trùng ngày số liệu." />
          <InputField label="Người ký" name="nguoi-ky" defaultValue={values['nguoi-ky'] ?? user.name} error={errors['nguoi-ky']} autoComplete="name" />
          <InputField
            label="Chức vụ người ký"
            name="chuc-vu"
            defaultValue={values['chuc-vu'] ?? 'Chủ tịch'}
            error={errors['chuc-vu']}
            hint="Phó Chủ tịch ký thay: dòng “KT. CHỦ TỊCH” được thêm tự động."
          />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            label="Địa bàn"
            name="quy-doi"
            defaultValue={values['quy-doi'] ?? ''}
            error={errors['quy-doi']}
            options={[
              { value: '', label: 'Theo đơn vị hành chính tại thời điểm số liệu' },
              { value: 'hien-nay', label: 'Quy đổi về đơn vị hành chính hiện nay' },
            ]}
            hint="Quy đổi giúp so sánh số liệu trước và sau ngày 01/7/2025."
          />
          <CheckboxField
            label="Tính cả báo cáo chưa duyệt"
            name="chua-duyet"
            value="1"
            defaultChecked={values['chua-duyet'] === '1'}
            error={errors['chua-duyet']}
            hint="Mặc định chỉ dùng báo cáo định kỳ đã duyệt; báo cáo ghi rõ lựa chọn này."
          />
        </div>
        <TextAreaField
          label="Phần thứ hai: nhiệm vụ trọng tâm kỳ tới"
          name="nhiem-vu"
          rows={10}
          defaultValue={values['nhiem-vu'] || tasksDefault}
          error={errors['nhiem-vu']}
          hint="Mỗi dòng là một đoạn; dòng bắt đầu bằng “- ” là một gạch đầu dòng. Nội dung đề xuất thay đổi theo kỳ được chọn."
        />
        <button type="submit" className={buttonClasses('primary')}>
          Tạo báo cáo
        </button>
      </form>
    </>
  );
}
