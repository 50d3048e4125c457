/**
 * Limits of the spreadsheet import, in one place so that the upload form, the reader, the messages
 * and the tests agree. A commune's list is a few hundred rows; the province's whole register about
 * 3,000 organizations; these leave ample room above that and keep a hostile file harmless.
 */
export const IMPORT_LIMITS = {
  /** Bytes of the uploaded file. */
  maxFileBytes: 5 * 1024 * 1024,
  /** Data rows of one sheet (below its header row). */
  maxRows: 20_000,
  /** Columns read from one sheet; further ones are ignored with a warning. */
  maxColumns: 100,
  /** Characters of one cell; longer ones are cut and the row refused. */
  maxCellChars: 10_000,
  /** Bytes an .xlsx (a zip) may expand to: a "zip bomb" stops here, before any XML is parsed. */
  maxUnzippedBytes: 120 * 1024 * 1024,
  /** Entries of the zip. */
  maxZipEntries: 2_000,
  /** Sheets of a workbook. */
  maxSheets: 50,
  /** How long an upload waits between its steps (mapping, preview, import). */
  uploadTtlMinutes: 180,
} as const;

/** "5 MB", "20.000" as the messages print them. */
export const MAX_FILE_LABEL = '5 MB';
