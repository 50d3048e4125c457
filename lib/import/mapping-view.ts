/**
 * What the mapping page shows for an upload: which sheet holds the organizations (and which the
 * members), which row holds the headers, and for every column its header, a few sample values and
 * the field it starts mapped to (remembered, else suggested).
 */
import type { Db } from '@/lib/db';

import { detectHeaderRow, headerMatches, moneyMultiplier, describeMultiplier, fieldsOf, type Target } from './fields';
import { fold } from './fold';
import { initialMapping, loadMemory } from './memory';
import { columnLetter, isBlankRow, type ParsedSheet } from './sheet';
import type { SheetMapping } from './types';

export type ColumnView = { index: number; letter: string; header: string; samples: string[]; selected: string; unitNote: string | null };

export type SheetView = { sheet: number; headerRow: number; columns: ColumnView[]; remembered: boolean; dataRows: number };

/** The sheet most like a list of `target`, with its header row. */
export function bestSheet(sheets: ParsedSheet[], target: Target, except: number | null = null): { sheet: number; headerRow: number; score: number } | null {
  let best: { sheet: number; headerRow: number; score: number } | null = null;
  sheets.forEach((s, i) => {
    if (i === except) return;
    const headerRow = detectHeaderRow(s.rows, target);
    let score = headerMatches(s.rows[headerRow] ?? [], target);
    // A sheet named for its content wins ties ("Thành viên", "Danh sách HTX").
    if (target === 'members' && fold(s.name).includes('thanh vien')) score += 2;
    if (!best || score > best.score) best = { sheet: i, headerRow, score };
  });
  return best;
}

function samplesOf(sheet: ParsedSheet, headerRow: number, col: number): string[] {
  const out: string[] = [];
  for (let r = headerRow + 1; r < sheet.rows.length && out.length < 2; r++) {
    const v = (sheet.rows[r]?.[col] ?? '').trim();
    if (v) out.push(v.length > 60 ? `${v.slice(0, 57)}…` : v);
  }
  return out;
}

export async function sheetView(
  db: Db,
  userId: number,
  sheets: ParsedSheet[],
  target: Target,
  sheet: number,
  headerRow: number,
  saved: SheetMapping | null,
): Promise<SheetView> {
  const s = sheets[sheet];
  const headers = s.rows[headerRow] ?? [];
  let width = headers.length;
  for (let r = headerRow + 1; r < Math.min(s.rows.length, headerRow + 50); r++) width = Math.max(width, s.rows[r]?.length ?? 0);
  const memory = await loadMemory(db, userId, target);
  const fromSaved = saved && saved.sheet === sheet && saved.headerRow === headerRow ? saved.columns : null;
  const initial = fromSaved ? { columns: fromSaved, remembered: false } : initialMapping(memory, headers, target);
  const fields = new Set(fieldsOf(target).map((f) => f.key));
  const columns: ColumnView[] = [];
  for (let c = 0; c < width; c++) {
    const header = (headers[c] ?? '').trim();
    const selected = initial.columns[c] && fields.has(initial.columns[c]) ? initial.columns[c] : '';
    const multiplier = selected === 'charterCapital' || selected === 'capital' ? describeMultiplier(moneyMultiplier(header)) : null;
    columns.push({ index: c, letter: columnLetter(c), header, samples: samplesOf(s, headerRow, c), selected, unitNote: multiplier });
  }
  const dataRows = s.rows.slice(headerRow + 1).filter((r) => !isBlankRow(r)).length;
  return { sheet, headerRow, columns, remembered: initial.remembered, dataRows };
}
