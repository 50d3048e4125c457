'use server';

/**
 * The steps of a reports import: upload (read and kept server-side by the register import's
 * reader and store), map columns and preview, import in one transaction. Each starts with the
 * guard; the token is bound, never read from the form, and only its uploader can use it.
 */
import { revalidatePath } from 'next/cache';

import { expireStatsTags } from '@/lib/cache/tags';
import { notFound, redirect } from 'next/navigation';

import { errorState, formValues, type ActionState } from '@/lib/actions/state';
import { recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { IMPORT_LIMITS, MAX_FILE_LABEL } from '@/lib/import/limits';
import { readSpreadsheet } from '@/lib/import/read';
import { createUpload, deleteUpload } from '@/lib/import/store';
import { refuseRepresentative } from '@/lib/reports/download';
import { analyzeReportImport, checkMapping, commitReportImport, loadReportUpload, ReportImportRefusedError, type ReportColumnMapping, type ReportImportState } from '@/lib/reports/import';

const pathOf = (periodId: number, token?: string) => `/quan-tri/bao-cao/${periodId}/nhap-excel${token ? `?tep=${token}` : ''}`;

async function guard() {
  const user = await requirePermission('report.submit');
  refuseRepresentative(user);
  return user;
}

export async function uploadReportFile(periodId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await guard();
  const period = Number.isSafeInteger(periodId) ? await prisma.reportingPeriod.findUnique({ where: { id: periodId }, select: { id: true } }) : null;
  if (!period) notFound();
  const file = formData.get('file');
  const refuse = (message: string) => errorState(message, { file: message });
  if (!(file instanceof File) || file.size === 0) return refuse('Vui lòng chọn tệp Excel (.xlsx) hoặc CSV.');
  if (file.size > IMPORT_LIMITS.maxFileBytes) return refuse(`Tệp quá lớn (tối đa ${MAX_FILE_LABEL}). Hãy chia thành nhiều tệp nhỏ hơn.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await readSpreadsheet(bytes, file.name);
  if (!read.ok) return refuse(read.message);
  const token = await createUpload(prisma, user.id, file.name, bytes.length, read);
  redirect(pathOf(periodId, token));
}

async function saveState(token: string, state: ReportImportState) {
  // Kept in the upload's preview column; mapping stays null, so the register import never reads it as its own.
  await prisma.importUpload.update({ where: { id: token }, data: { preview: state as unknown as Prisma.InputJsonValue } });
}

export async function previewReportImport(periodId: number, token: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await guard();
  const loaded = await loadReportUpload(token, user.id);
  if (!loaded) notFound();
  const sheet = loaded.upload.sheets[0];
  const values = formValues(formData);
  const headerRow = Number(values.headerRow);
  if (!sheet || !Number.isInteger(headerRow) || headerRow < 0 || headerRow >= sheet.rows.length) return errorState('Dòng tiêu đề không hợp lệ: hãy tải lại trang.', {}, values);
  const columns: ReportColumnMapping = {};
  for (const [key, value] of Object.entries(values)) {
    const m = /^col_(\d{1,3})$/.exec(key);
    if (m && value) columns[Number(m[1])] = value;
  }
  const problem = checkMapping(columns);
  if (problem) return errorState(problem, {}, values);
  const preview = await analyzeReportImport(user, periodId, sheet, { headerRow, columns });
  await saveState(token, { kind: 'reports', periodId, headerRow, columns, preview });
  redirect(pathOf(periodId, token));
}

export async function commitReportImportAction(periodId: number, token: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await guard();
  const loaded = await loadReportUpload(token, user.id);
  if (!loaded || !loaded.state?.preview || loaded.state.periodId !== periodId) notFound();
  const state = loaded.state;
  const sheet = loaded.upload.sheets[0];
  // The preview is checked again right now: the import writes what is true at this moment.
  const fresh = await analyzeReportImport(user, periodId, sheet, state);
  const changed = JSON.stringify(fresh.rows.map((r) => [r.row, r.ok])) !== JSON.stringify(state.preview!.rows.map((r) => [r.row, r.ok]));
  if (changed) {
    await saveState(token, { ...state, preview: fresh });
    revalidatePath(pathOf(periodId));
    return errorState('Chưa nhập: dữ liệu đã thay đổi kể từ lúc xem trước. Bản xem trước đã được cập nhật; hãy xem lại rồi bấm nhập lần nữa.');
  }
  let saved: number;
  try {
    ({ saved } = await commitReportImport(user, periodId, sheet, { ...state, preview: fresh }));
  } catch (error) {
    if (error instanceof ReportImportRefusedError) return errorState(`Chưa nhập, không có dữ liệu nào được ghi. ${error.message}`);
    console.error('Report import failed', error);
    return errorState('Không nhập được do lỗi hệ thống. Không có dữ liệu nào được ghi; vui lòng thử lại.');
  }
  await recordAudit(prisma, { userId: user.id, action: 'report.import', entity: 'ReportingPeriod', entityId: String(periodId), after: { fileName: loaded.upload.fileName, saved, refused: fresh.refused } });
  await deleteUpload(prisma, token, user.id);
  revalidatePath(`/quan-tri/bao-cao/${periodId}`, 'layout');
  expireStatsTags('reports');
  redirect(`/quan-tri/bao-cao/${periodId}/nhap-excel?da-nhap=${saved}`);
}
