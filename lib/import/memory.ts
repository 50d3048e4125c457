/**
 * Column mappings remembered per user (UserPreference): for a file whose header row has the same
 * signature as one mapped before, the same columns; for other files, each header the user once
 * mapped by hand goes to the same field again. Kept small: the most recent signatures only.
 */
import type { Db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

import { fieldsOf, headerSignature, suggestMapping, type ColumnMapping, type Target } from './fields';
import { fold } from './fold';

export const MAPPING_PREFERENCE_KEYS: Record<Target, string> = {
  organizations: 'import.organizations.mapping',
  members: 'import.members.mapping',
};

const MAX_SIGNATURES = 30;

type Memory = {
  v: 1;
  /** Header signature → column index → field key, as last confirmed. */
  signatures: Record<string, { columns: Record<string, string>; at: string }>;
  /** Folded header → field key, from every confirmed mapping. */
  headers: Record<string, string>;
};

const empty = (): Memory => ({ v: 1, signatures: {}, headers: {} });

function asMemory(value: unknown): Memory {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return empty();
  const v = value as Partial<Memory>;
  if (v.v !== 1 || typeof v.signatures !== 'object' || typeof v.headers !== 'object' || !v.signatures || !v.headers) return empty();
  return v as Memory;
}

export async function loadMemory(db: Db, userId: number, target: Target): Promise<Memory> {
  const row = await db.userPreference.findUnique({ where: { userId_key: { userId, key: MAPPING_PREFERENCE_KEYS[target] } }, select: { value: true } });
  return asMemory(row?.value);
}

export type InitialMapping = { columns: ColumnMapping; remembered: boolean };

/** The mapping a sheet's headers start with: remembered for this signature, else suggested. */
export function initialMapping(memory: Memory, headers: readonly string[], target: Target): InitialMapping {
  const known = new Set(fieldsOf(target).map((f) => f.key));
  const saved = memory.signatures[headerSignature(headers)];
  if (saved) {
    const columns: ColumnMapping = {};
    for (const [col, key] of Object.entries(saved.columns)) {
      if (known.has(key) && Number(col) < headers.length) columns[Number(col)] = key;
    }
    return { columns, remembered: true };
  }
  return { columns: suggestMapping(headers, target, memory.headers), remembered: false };
}

export async function rememberMapping(db: Db, userId: number, target: Target, headers: readonly string[], columns: ColumnMapping): Promise<void> {
  const memory = await loadMemory(db, userId, target);
  const signature = headerSignature(headers);
  memory.signatures[signature] = { columns: Object.fromEntries(Object.entries(columns).map(([c, k]) => [c, k])), at: new Date().toISOString() };
  const kept = Object.entries(memory.signatures)
    .sort((a, b) => b[1].at.localeCompare(a[1].at))
    .slice(0, MAX_SIGNATURES);
  memory.signatures = Object.fromEntries(kept);
  for (const [col, key] of Object.entries(columns)) {
    const h = fold(headers[Number(col)] ?? '');
    if (h) memory.headers[h] = key;
  }
  // A header mapped to nothing this time is forgotten, so an old choice does not come back.
  headers.forEach((h, col) => {
    if (columns[col] === undefined && memory.headers[fold(h)]) delete memory.headers[fold(h)];
  });
  const value = memory as unknown as Prisma.InputJsonValue;
  await db.userPreference.upsert({
    where: { userId_key: { userId, key: MAPPING_PREFERENCE_KEYS[target] } },
    create: { userId, key: MAPPING_PREFERENCE_KEYS[target], value },
    update: { value },
  });
}
