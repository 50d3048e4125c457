import type { SubmissionState } from '@/lib/generated/prisma/enums';

/** One grid row as sent by the grid: the inputs' text, as typed. */
export type GridRowInput = {
  organizationId: number;
  /** The report's version the row was loaded or last saved at (optimistic concurrency). */
  version: number;
  values: Record<string, string>;
  comment: string;
};

export type GridMessage = { field: string | null; message: string };

/** The outcome for one row: saved (or submitted) with its warnings, or refused with its errors. */
export type GridRowResult = {
  organizationId: number;
  ok: boolean;
  message: string;
  errors: GridMessage[];
  warnings: GridMessage[];
  state: SubmissionState;
  version: number;
  /** The values as stored, formatted again (after a successful save). */
  values?: Record<string, string>;
};
