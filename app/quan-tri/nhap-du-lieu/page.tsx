import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/page-title';
import { Table, Td, Th } from '@/components/ui/table';
import { FlashNotice } from '@/components/workspace/flash-notice';
import { ImportSteps } from '@/components/workspace/import/steps';
import { ImportUploadForm } from '@/components/workspace/import/upload-form';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { formatDateTime } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { uploadImportFile } from '@/lib/import/actions';
import { IMPORT_LIMITS, MAX_FILE_LABEL } from '@/lib/import/limits';
import { importPaths } from '@/lib/import/paths';
import { recentImports } from '@/lib/import/store';
import { getUnitLabel, scopeOf } from '@/lib/organizations/queries';

export const metadata = { title: 'Nhập dữ liệu từ bảng tính' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const notices: Record<string, string> = {
  'het-han': 'Phiên nhập trước đã hết hạn (tệp chỉ được giữ 3 giờ). Vui lòng tải tệp lên lại.',
  'da-huy': 'Đã hủy phiên nhập; tệp đã tải lên được xóa khỏi máy chủ.',
};

export default async function ImportStartPage({ searchParams }: Props) {
  const user = await requirePermission('import.run');
  const query = await searchParams;
  const scope = scopeOf(user);
  const [recent, scopeName] = await Promise.all([recentImports(prisma, user.id), scope != null ? getUnitLabel(scope) : null]);
  const notice = typeof query['thong-bao'] === 'string' ? (notices[query['thong-bao']] ?? null) : null;

  return (
    <>
      <PageTitle description="Nhập danh sách hợp tác xã, tổ hợp tác, quỹ tín dụng nhân dân (và thành viên của các tổ chức, nếu có) từ tệp Excel hoặc CSV do xã, phường gửi lên.">
        Nhập dữ liệu từ bảng tính
      </PageTitle>
      <FlashNotice message={notice} />
      <ImportSteps current={1} />

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="tai-mau" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="tai-mau" className="text-xl font-bold text-slate-900">
            Tệp mẫu
          </h2>
          <p className="mt-2 text-slate-700">
            Tệp mẫu có sẵn tiêu đề cột, một dòng ví dụ, danh sách chọn cho loại hình, lĩnh vực, thành viên Liên minh và các xã, phường hiện
            nay{scopeName ? ` thuộc phạm vi của bạn (${scopeName})` : ''}. Tệp của xã, phường theo mẫu riêng vẫn nhập được: bạn sẽ ghép cột ở
            bước sau.
          </p>
          {/* A plain link: the template is a download, not a page. */}
          <a href={importPaths.template} className={buttonClasses('secondary', 'mt-4')} download>
            Tải tệp mẫu (.xlsx)
          </a>
        </section>

        <section aria-labelledby="tai-len" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="tai-len" className="text-xl font-bold text-slate-900">
            Tải tệp lên
          </h2>
          <p className="mt-2 mb-4 text-slate-700">
            Chưa có gì được ghi ở bước này: bạn sẽ xem trước từng dòng với lỗi và cảnh báo rồi mới quyết định nhập.
            {scopeName ? ` Bạn chỉ nhập được tổ chức thuộc ${scopeName}.` : ''}
          </p>
          <ImportUploadForm action={uploadImportFile} maxBytes={IMPORT_LIMITS.maxFileBytes} maxLabel={MAX_FILE_LABEL} />
        </section>
      </div>

      {recent.length > 0 ? (
        <section aria-labelledby="gan-day" className="mt-8">
          <h2 id="gan-day" className="mb-3 text-xl font-bold text-slate-900">
            Các lần nhập gần đây của bạn
          </h2>
          <Table caption="Các lần nhập gần đây">
            <thead>
              <tr>
                <Th>Tệp</Th>
                <Th>Thời gian</Th>
                <Th className="text-right">Tạo mới</Th>
                <Th className="text-right">Cập nhật</Th>
                <Th className="text-right">Dòng bỏ qua</Th>
              </tr>
            </thead>
            <tbody>
              {recent.map((r) => (
                <tr key={r.id}>
                  <Td>
                    <Link href={importPaths.result(r.id)} className="text-brand-800 underline">
                      {r.fileName}
                    </Link>
                  </Td>
                  <Td>{formatDateTime(r.importedAt)}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(r.result?.organizationsCreated ?? 0)}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(r.result?.organizationsUpdated ?? 0)}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(r.result?.rowsSkipped ?? 0)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      ) : null}
    </>
  );
}
