/**
 * Administrative units named in a spreadsheet ("Xã Giồng Riềng", "P. Vĩnh Thông", "giong rieng",
 * a unit code) → today's units, within the importing user's scope. Former units (the districts
 * closed on 1/7/2025) are recognised only to say so.
 */
import { formatDate, todayIsoInVietnam } from '@/lib/format/date';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/db';
import { unitSubtreeSql } from '@/lib/units/subtree';

import { fold } from './fold';

type Reader = Db | Prisma.TransactionClient;

export type UnitRow = { id: number; code: string; name: string; type: string; level: string; validTo: Date | null };

export type UnitResolution = { ok: true; unit: UnitRow } | { ok: false; message: string };

/** Folded type words a unit name may start with, → the folded type they mean. */
const TYPE_PREFIXES: [string, string][] = [
  ['thi tran', 'thi tran'],
  ['dac khu', 'dac khu'],
  ['thanh pho', 'thanh pho'],
  ['thi xa', 'thi xa'],
  ['phuong', 'phuong'],
  ['huyen', 'huyen'],
  ['tinh', 'tinh'],
  ['xa', 'xa'],
  ['tt', 'thi tran'],
  ['tp', 'thanh pho'],
  ['p', 'phuong'],
  ['x', 'xa'],
];

export const unitLabel = (u: { type: string; name: string }) => `${u.type} ${u.name}`;

function split(text: string): { type: string | null; name: string } {
  // "Xã Giồng Riềng, tỉnh An Giang" → the part before the first comma.
  const f = fold(text.split(/[,;]/)[0] ?? '');
  for (const [prefix, type] of TYPE_PREFIXES) {
    if (f.startsWith(`${prefix} `)) return { type, name: f.slice(prefix.length + 1) };
  }
  return { type: null, name: f };
}

export class UnitResolver {
  private readonly current = new Map<string, UnitRow[]>();
  private readonly former = new Map<string, UnitRow[]>();
  private readonly byCode = new Map<string, UnitRow>();
  private readonly cache = new Map<string, UnitResolution>();

  private constructor(
    units: UnitRow[],
    private readonly scope: Set<number> | null,
    private readonly scopeLabel: string | null,
  ) {
    const today = todayIsoInVietnam();
    for (const u of units) {
      const isCurrent = u.validTo === null || u.validTo.toISOString().slice(0, 10) >= today;
      const key = fold(u.name);
      const map = isCurrent ? this.current : this.former;
      map.set(key, [...(map.get(key) ?? []), u]);
      if (isCurrent) this.byCode.set(u.code, u);
    }
  }

  /** Units of the whole province, and the user's scope (null: province-wide). */
  static async load(db: Reader, scopeUnitId: number | null): Promise<UnitResolver> {
    const units = await db.administrativeUnit.findMany({ select: { id: true, code: true, name: true, type: true, level: true, validTo: true } });
    let scope: Set<number> | null = null;
    let scopeLabel: string | null = null;
    if (scopeUnitId != null) {
      const rows = await db.$queryRaw<{ id: number }[]>(unitSubtreeSql(scopeUnitId));
      scope = new Set(rows.map((r) => r.id));
      const own = units.find((u) => u.id === scopeUnitId);
      scopeLabel = own ? unitLabel(own) : null;
    }
    return new UnitResolver(units, scope, scopeLabel);
  }

  inScope(unitId: number): boolean {
    return this.scope === null || this.scope.has(unitId);
  }

  /** The one current unit a scoped user may place organizations in, when there is only one. */
  soleUnitInScope(): UnitRow | null {
    if (this.scope === null) return null;
    const inside = [...this.current.values()].flat().filter((u) => this.scope!.has(u.id));
    return inside.length === 1 ? inside[0] : null;
  }

  resolve(text: string): UnitResolution {
    const key = text.trim();
    const hit = this.cache.get(key);
    if (hit) return hit;
    const result = this.find(key);
    this.cache.set(key, result);
    return result;
  }

  private find(text: string): UnitResolution {
    if (/^\d{2,6}$/.test(text) && this.byCode.has(text)) return this.checkScope(this.byCode.get(text)!);
    const { type, name } = split(text);
    if (!name) return { ok: false, message: 'Chưa ghi xã/phường.' };
    const matches = (list: UnitRow[] | undefined) => (list ?? []).filter((u) => type === null || fold(u.type) === type);
    const found = matches(this.current.get(name));
    if (found.length === 1) return this.checkScope(found[0]);
    if (found.length > 1) {
      const inside = found.filter((u) => this.inScope(u.id));
      if (inside.length === 1) return { ok: true, unit: inside[0] };
      return { ok: false, message: `Có nhiều đơn vị tên “${text}” (${found.map(unitLabel).join(', ')}): ghi rõ Xã hay Phường.` };
    }
    const old = matches(this.former.get(name));
    if (old.length > 0) {
      const u = old[0];
      return {
        ok: false,
        message: `${unitLabel(u)} chỉ còn đến ngày ${formatDate(u.validTo!)}: hãy ghi xã/phường hiện nay.`,
      };
    }
    return { ok: false, message: `Không tìm thấy xã/phường “${text}” trong danh mục đơn vị hành chính hiện nay.` };
  }

  private checkScope(unit: UnitRow): UnitResolution {
    if (this.inScope(unit.id)) return { ok: true, unit };
    return {
      ok: false,
      message: `${unitLabel(unit)} nằm ngoài phạm vi bạn được phân công${this.scopeLabel ? ` (${this.scopeLabel})` : ''}: bạn không nhập được tổ chức của đơn vị này.`,
    };
  }
}
