/**
 * The statistics filters as they live in the URL, so a view can be bookmarked and forwarded:
 * `/quan-tri/thong-ke?ngay=2023-06-30&don-vi=12&quy-doi=hien-nay&loai=htx&nganh=thuy-san&chua-duyet=1`.
 * Shared by the dashboards, the public statistics and the report links. Anything unknown or
 * malformed is ignored (the default stands), never an error.
 *
 * Pure: no database.
 */
import type { OrgKind, Sector, SectorGroup } from '@/lib/generated/prisma/enums';
import { KIND_PARAMS, SECTOR_GROUP_PARAMS, SECTOR_PARAMS } from '@/lib/organizations/filters';

import type { IsoDate, StatsFilter, UnitMode } from './types';

export type StatsParams = {
  asOf: IsoDate;
  unitMode: UnitMode;
  unitId: number | null;
  kind: OrgKind | null;
  sectorGroup: SectorGroup | null;
  sector: Sector | null;
  includeUnapproved: boolean;
};

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function first(source: ParamSource, key: string): string | undefined {
  if (source instanceof URLSearchParams) return source.get(key) ?? undefined;
  const v = source[key];
  return Array.isArray(v) ? v[0] : v;
}

function reverse<T extends string>(map: Record<string, T>, value: string | undefined): T | null {
  if (value === undefined) return null;
  return (Object.hasOwn(map, value) ? map[value] : null) ?? null;
}

function paramOf<T extends string>(map: Record<string, T>, value: T | null): string | undefined {
  if (value === null) return undefined;
  return Object.entries(map).find(([, v]) => v === value)?.[0];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day between 2000 and 2100, else null. */
export function parseDay(text: string | undefined): IsoDate | null {
  if (!text || !DAY.test(text)) return null;
  const d = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text) return null;
  const year = d.getUTCFullYear();
  return year >= 2000 && year <= 2100 ? text : null;
}

/** Parses the URL's filters; `today` (YYYY-MM-DD) is the default date and the latest allowed. */
export function parseStatsParams(source: ParamSource, today: IsoDate): StatsParams {
  const day = parseDay(first(source, 'ngay'));
  const unit = Number(first(source, 'don-vi'));
  const sector = reverse(SECTOR_PARAMS, first(source, 'nganh'));
  return {
    asOf: day && day <= today ? day : today,
    unitMode: first(source, 'quy-doi') === 'hien-nay' ? 'TODAY' : 'AT_THE_TIME',
    unitId: Number.isSafeInteger(unit) && unit > 0 && unit <= 2_147_483_647 ? unit : null,
    kind: reverse(KIND_PARAMS, first(source, 'loai')),
    // A sector implies its group; the group alone narrows less.
    sectorGroup: sector ? null : reverse(SECTOR_GROUP_PARAMS, first(source, 'nhom-nganh')),
    sector,
    includeUnapproved: first(source, 'chua-duyet') === '1',
  };
}

/** The query parameters of a view (defaults left out, so URLs stay short and stable). */
export function statsParamRecord(p: StatsParams, today: IsoDate): Record<string, string> {
  const out: Record<string, string> = {};
  if (p.asOf !== today) out.ngay = p.asOf;
  if (p.unitId !== null) out['don-vi'] = String(p.unitId);
  if (p.unitMode === 'TODAY') out['quy-doi'] = 'hien-nay';
  const kind = paramOf(KIND_PARAMS, p.kind);
  if (kind) out.loai = kind;
  const group = paramOf(SECTOR_GROUP_PARAMS, p.sectorGroup);
  if (group) out['nhom-nganh'] = group;
  const sector = paramOf(SECTOR_PARAMS, p.sector);
  if (sector) out.nganh = sector;
  if (p.includeUnapproved) out['chua-duyet'] = '1';
  return out;
}

/** "?ngay=…&don-vi=…" for a view, with some filters changed (drill-down links). */
export function statsQueryString(p: StatsParams, today: IsoDate, changes: Partial<StatsParams> = {}): string {
  const query = new URLSearchParams(statsParamRecord({ ...p, ...changes }, today)).toString();
  return query ? `?${query}` : '';
}

/** The URL parameter value of a sector / kind, for drill-down links built from engine keys. */
export const sectorParam = (sector: Sector) => paramOf(SECTOR_PARAMS, sector);
export const kindParam = (kind: OrgKind) => paramOf(KIND_PARAMS, kind);

/** The engine's filter of a view. */
export function statsFilterOf(p: StatsParams, today: IsoDate): StatsFilter {
  return {
    asOf: p.asOf,
    unitMode: p.unitMode,
    unitId: p.unitId,
    kinds: p.kind ? [p.kind] : [],
    sectors: p.sector ? [p.sector] : [],
    sectorGroups: p.sectorGroup ? [p.sectorGroup] : [],
    includeUnapproved: p.includeUnapproved,
    today,
  };
}
