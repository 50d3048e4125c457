/**
 * The shapes an import moves through, as stored in ImportUpload (JSON) and shown by the pages.
 */
import type { ColumnMapping } from './fields';

export type SheetMapping = {
  /** Index into the upload's sheets. */
  sheet: number;
  /** 0-based row of the headers; data starts below it. */
  headerRow: number;
  columns: ColumnMapping;
};

export type ImportMapping = {
  organizations: SheetMapping;
  members: SheetMapping | null;
};

export type RowMessage = { level: 'error' | 'warning'; text: string };

export type Change = { label: string; before: string; after: string };

export type OrganizationOutcome = 'create' | 'update' | 'unchanged' | 'error';

export type OrganizationPreviewRow = {
  /** Row number in the spreadsheet (1-based, as Excel shows it). */
  row: number;
  outcome: OrganizationOutcome;
  name: string;
  unit: string | null;
  organizationId: number | null;
  messages: RowMessage[];
  changes: Change[];
};

export type MemberOutcome = 'create' | 'update' | 'unchanged' | 'error';

export type MemberPreviewRow = {
  row: number;
  outcome: MemberOutcome;
  name: string;
  organization: string | null;
  messages: RowMessage[];
  changes: Change[];
};

export type Totals = { create: number; update: number; unchanged: number; error: number; warning: number; ignored: number };

export type Preview = {
  /** Hash of what the import would do; the import refuses when the database moved meanwhile. */
  fingerprint: string;
  computedAt: string;
  organizations: { sheetName: string; totals: Totals; rows: OrganizationPreviewRow[] };
  members: { sheetName: string; totals: Totals; rows: MemberPreviewRow[] } | null;
};

export type ImportResult = {
  organizationsCreated: number;
  organizationsUpdated: number;
  organizationsUnchanged: number;
  membersCreated: number;
  membersUpdated: number;
  rowsSkipped: number;
  durationMs: number;
  at: string;
};

export const emptyTotals = (): Totals => ({ create: 0, update: 0, unchanged: 0, error: 0, warning: 0, ignored: 0 });
