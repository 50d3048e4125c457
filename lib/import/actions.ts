'use server';

/**
 * The steps of a spreadsheet import, each a server action: upload (the file is read and kept
 * server-side), map columns (the preview is computed and stored), import (one transaction), or
 * discard. Each starts with the guard; the upload's token is bound, never read from the form, and
 * only its uploader can use it. Rows are never taken from the client.
 */
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';

import { errorState, formValues, type ActionState, type FieldErrors } from '@/lib/actions/state';
import { requirePermission } from '@/lib/auth/session';
import { cacheTags, expirePublicTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import { requestIp } from '@/lib/members/mutation';

import { analyzeImport, MappingError } from './analyze';
import { AlreadyImportedError, commitImport, ImportConflictError, StalePreviewError } from './commit';
import { fieldLabelOf, fieldsOf, type ColumnMapping, type Target } from './fields';
import { IMPORT_LIMITS, MAX_FILE_LABEL } from './limits';
import { rememberMapping } from './memory';
import { importPaths } from './paths';
import { readSpreadsheet } from './read';
import { columnLetter } from './sheet';
import { createUpload, deleteUpload, findUpload, savePreview, type UploadRecord } from './store';
import type { ImportMapping, SheetMapping } from './types';

// ───────────────────────────── Upload ─────────────────────────────

export async function uploadImportFile(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('import.run');
  const file = formData.get('file');
  const refuse = (message: string) => errorState(message, { file: message });
  if (!(file instanceof File) || file.size === 0) {
    return refuse(file instanceof File && file.name ? 'Tệp rỗng (0 byte): hãy chọn đúng tệp danh sách.' : 'Vui lòng chọn tệp Excel (.xlsx) hoặc CSV.');
  }
  if (file.size > IMPORT_LIMITS.maxFileBytes) return refuse(`Tệp quá lớn (tối đa ${MAX_FILE_LABEL}). Hãy chia thành nhiều tệp nhỏ hơn.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await readSpreadsheet(bytes, file.name);
  if (!read.ok) return refuse(read.message);
  const token = await createUpload(prisma, user.id, file.name, bytes.length, read);
  redirect(importPaths.mapping(token));
}

// ───────────────────────────── Mapping and preview ─────────────────────────────

async function ownUpload(token: string, userId: number): Promise<UploadRecord> {
  const found = await findUpload(prisma, token, userId);
  if (found.status === 'missing') notFound();
  if (found.status === 'expired') redirect(`${importPaths.start}?thong-bao=het-han`);
  return found.upload;
}

const intIn = (value: FormDataEntryValue | null, max: number): number | null => {
  if (typeof value !== 'string' || !/^\d{1,6}$/.test(value)) return null;
  const n = Number(value);
  return n < max ? n : null;
};

/** The column choices of one sheet from the form (`<prefix><column>` → field key), checked. */
function readColumns(formData: FormData, prefix: string, target: Target, width: number, errors: FieldErrors): ColumnMapping {
  const known = new Set(fieldsOf(target).map((f) => f.key));
  const columns: ColumnMapping = {};
  const firstCol = new Map<string, number>();
  for (let col = 0; col < width; col++) {
    const name = `${prefix}${col}`;
    const value = formData.get(name);
    if (typeof value !== 'string' || value === '') continue;
    if (!known.has(value)) {
      errors[name] = 'Trường không hợp lệ: hãy tải lại trang.';
      continue;
    }
    const earlier = firstCol.get(value);
    if (earlier !== undefined) {
      errors[name] = `“${fieldLabelOf(target, value)}” đã được chọn cho cột ${columnLetter(earlier)}: mỗi trường chỉ ghép với một cột.`;
      continue;
    }
    firstCol.set(value, col);
    columns[col] = value;
  }
  return columns;
}

function widthOf(upload: UploadRecord, sheet: number, headerRow: number): number {
  const rows = upload.sheets[sheet]?.rows ?? [];
  let width = (rows[headerRow] ?? []).length;
  for (let r = headerRow + 1; r < Math.min(rows.length, headerRow + 50); r++) width = Math.max(width, rows[r]?.length ?? 0);
  return width;
}

export async function saveImportMapping(token: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('import.run');
  const upload = await ownUpload(token, user.id);
  if (upload.importedAt) redirect(importPaths.result(token));

  const values = formValues(formData);
  const errors: FieldErrors = {};
  const sheetCount = upload.sheets.length;
  const orgSheet = intIn(formData.get('orgSheet'), sheetCount);
  const orgHeaderRow = orgSheet === null ? null : intIn(formData.get('orgHeaderRow'), Math.max(1, upload.sheets[orgSheet].rows.length));
  if (orgSheet === null || orgHeaderRow === null) return errorState('Trang tính hoặc dòng tiêu đề không hợp lệ: hãy tải lại trang.', {}, values);
  const organizations: SheetMapping = {
    sheet: orgSheet,
    headerRow: orgHeaderRow,
    columns: readColumns(formData, 'col_', 'organizations', widthOf(upload, orgSheet, orgHeaderRow), errors),
  };
  let members: SheetMapping | null = null;
  const memberSheetValue = formData.get('memberSheet');
  if (typeof memberSheetValue === 'string' && memberSheetValue !== '') {
    const sheet = intIn(memberSheetValue, sheetCount);
    const headerRow = sheet === null ? null : intIn(formData.get('memberHeaderRow'), Math.max(1, upload.sheets[sheet].rows.length));
    if (sheet === null || headerRow === null) return errorState('Trang thành viên không hợp lệ: hãy tải lại trang.', {}, values);
    if (sheet === orgSheet) return errorState('Trang thành viên phải khác trang tổ chức.', { memberSheet: 'Chọn một trang tính khác trang tổ chức.' }, values);
    members = { sheet, headerRow, columns: readColumns(formData, 'mcol_', 'members', widthOf(upload, sheet, headerRow), errors) };
  }
  if (Object.keys(errors).length > 0) return errorState('Vui lòng kiểm tra lại cách ghép cột.', errors, values);

  const mapping: ImportMapping = { organizations, members };
  let analysis;
  try {
    analysis = await analyzeImport(prisma, user, { sheets: upload.sheets, mapping });
  } catch (error) {
    if (error instanceof MappingError) return errorState(error.message, {}, values);
    console.error('Import preview failed', error);
    return errorState('Không kiểm tra được tệp do lỗi hệ thống. Vui lòng thử lại.', {}, values);
  }
  await savePreview(prisma, token, mapping, analysis.preview);
  const headersOf = (m: SheetMapping) => upload.sheets[m.sheet].rows[m.headerRow] ?? [];
  await rememberMapping(prisma, user.id, 'organizations', headersOf(organizations), organizations.columns);
  if (members) await rememberMapping(prisma, user.id, 'members', headersOf(members), members.columns);
  redirect(importPaths.preview(token));
}

// ───────────────────────────── Import ─────────────────────────────

export async function runImport(token: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('import.run');
  const upload = await ownUpload(token, user.id);
  if (upload.importedAt) redirect(importPaths.result(token));
  if (!upload.mapping || !upload.preview) redirect(importPaths.mapping(token));
  const { mapping, preview } = upload;
  const ip = await requestIp();

  let slugs: string[];
  try {
    ({ slugs } = await commitImport(prisma, user, { id: upload.id, fileName: upload.fileName, format: upload.format, sheets: upload.sheets, mapping }, preview.fingerprint, { ip }));
  } catch (error) {
    if (error instanceof StalePreviewError) {
      await savePreview(prisma, token, mapping, error.analysis.preview);
      revalidatePath(importPaths.preview(token));
      return errorState(
        'Chưa nhập: dữ liệu trong hệ thống đã thay đổi kể từ lúc xem trước (có người vừa thêm hoặc sửa tổ chức). Bản xem trước bên dưới đã được cập nhật; hãy xem lại rồi bấm nhập lần nữa.',
      );
    }
    if (error instanceof AlreadyImportedError) redirect(importPaths.result(token));
    if (error instanceof ImportConflictError) {
      return errorState(`Chưa nhập: ${error.organizationName} vừa được người khác sửa trong lúc nhập. Không có dữ liệu nào được ghi; hãy bấm nhập lần nữa.`);
    }
    if (error instanceof MappingError) return errorState(error.message);
    console.error('Import failed', error);
    return errorState('Không nhập được do lỗi hệ thống. Không có dữ liệu nào được ghi; vui lòng thử lại.');
  }

  revalidatePath('/quan-tri/to-chuc');
  expirePublicTags(cacheTags.organizations, cacheTags.stats, cacheTags.statsSource('register'), ...slugs.map((slug) => cacheTags.organization(slug)));
  redirect(importPaths.result(token));
}

export async function discardImport(token: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('import.run');
  await deleteUpload(prisma, token, user.id);
  redirect(`${importPaths.start}?thong-bao=da-huy`);
}
