/**
 * Uploads kept between the steps of an import (ImportUpload): created when a file is read, found
 * again only by its uploader and only until it expires. The browser holds nothing but the token,
 * so rows are never sent back by the client: what is imported is what the server read and checked.
 */
import { randomBytes } from 'node:crypto';

import type { Db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

import { IMPORT_LIMITS } from './limits';
import type { ParsedSheet, ParsedWorkbook } from './sheet';
import type { ImportMapping, ImportResult, Preview } from './types';

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export type UploadRecord = {
  id: string;
  userId: number;
  fileName: string;
  format: 'xlsx' | 'csv';
  sizeBytes: number;
  sheets: ParsedSheet[];
  warnings: string[];
  mapping: ImportMapping | null;
  preview: Preview | null;
  importedAt: Date | null;
  result: ImportResult | null;
  expiresAt: Date;
  createdAt: Date;
};

type StoredSheets = { sheets: ParsedSheet[]; warnings: string[] };

const json = (value: unknown) => value as Prisma.InputJsonValue;

export async function createUpload(db: Db, userId: number, fileName: string, sizeBytes: number, workbook: ParsedWorkbook): Promise<string> {
  const now = new Date();
  // Expired uploads of anyone are removed here: nothing else needs to run on a schedule.
  await db.importUpload.deleteMany({ where: { expiresAt: { lt: now } } });
  const id = randomBytes(24).toString('base64url');
  await db.importUpload.create({
    data: {
      id,
      userId,
      fileName: fileName.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || 'tep-nhap',
      format: workbook.format,
      sizeBytes,
      sheets: json({ sheets: workbook.sheets, warnings: workbook.warnings } satisfies StoredSheets),
      expiresAt: new Date(now.getTime() + IMPORT_LIMITS.uploadTtlMinutes * 60_000),
    },
  });
  return id;
}

export type UploadLookup = { status: 'ok'; upload: UploadRecord } | { status: 'missing' } | { status: 'expired' };

/** The upload, if the token is well formed, it exists and belongs to the user. */
export async function findUpload(db: Db, token: string, userId: number): Promise<UploadLookup> {
  if (!TOKEN_PATTERN.test(token)) return { status: 'missing' };
  const row = await db.importUpload.findUnique({ where: { id: token } });
  // Another user's token is answered exactly like an unknown one.
  if (!row || row.userId !== userId) return { status: 'missing' };
  if (row.expiresAt < new Date() && !row.importedAt) return { status: 'expired' };
  // The JSON columns hold what createUpload and the actions wrote: this module is their only writer.
  const stored = row.sheets as unknown as StoredSheets;
  return {
    status: 'ok',
    upload: {
      id: row.id,
      userId: row.userId,
      fileName: row.fileName,
      format: row.format === 'csv' ? 'csv' : 'xlsx',
      sizeBytes: row.sizeBytes,
      sheets: stored.sheets,
      warnings: stored.warnings ?? [],
      mapping: (row.mapping as unknown as ImportMapping | null) ?? null,
      preview: (row.preview as unknown as Preview | null) ?? null,
      importedAt: row.importedAt,
      result: (row.result as unknown as ImportResult | null) ?? null,
      expiresAt: row.expiresAt,
      createdAt: row.createdAt,
    },
  };
}

export async function savePreview(db: Db, token: string, mapping: ImportMapping, preview: Preview): Promise<void> {
  await db.importUpload.update({ where: { id: token }, data: { mapping: json(mapping), preview: json(preview) } });
}

export async function deleteUpload(db: Db, token: string, userId: number): Promise<void> {
  await db.importUpload.deleteMany({ where: { id: token, userId, importedAt: null } });
}

/** The user's recent imports, newest first, for the start page. */
export async function recentImports(db: Db, userId: number, take = 5) {
  const rows = await db.importUpload.findMany({
    where: { userId, importedAt: { not: null } },
    select: { id: true, fileName: true, importedAt: true, result: true },
    orderBy: { importedAt: 'desc' },
    take,
  });
  return rows.map((r) => ({ id: r.id, fileName: r.fileName, importedAt: r.importedAt!, result: r.result as unknown as ImportResult | null }));
}
