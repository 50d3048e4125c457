/**
 * Administrative units: Kiên Giang and its districts until 30/6/2025, the merged An Giang and the
 * communes that replaced them from 1/7/2025, and the succession map between the two.
 * Unit names exclude their type ("Giồng Riềng" + type "Xã"), as for provinces and districts;
 * display `${type} ${name}`.
 */
import { Prisma } from '@/lib/generated/prisma/client';

import type { SeedClient } from './client';
import { BEFORE_REFORM, REFORM_DATE, utc } from './dates';
import { DISTRICTS, type District, PROVINCE_NEW, PROVINCE_OLD } from './geography';
import { distribute } from './random';

export type SeededCommune = { id: number; code: string; name: string; type: string; share: number };
export type SeededDistrict = { id: number; code: string; district: District; communes: SeededCommune[] };
export type SeededUnits = {
  provinceOldId: number;
  provinceNewId: number;
  districts: SeededDistrict[];
  byKey: Map<string, SeededDistrict>;
  communeById: Map<number, SeededCommune & { districtKey: string }>;
};

/** Validity of Kiên Giang's units in the demo (they are older; the portal's history starts later). */
export const OLD_UNITS_FROM = utc(2004, 1, 1);

/** Codes given to the new communes, by "districtKey/name" (stable: derived from geography.ts order). */
export function communeCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  let code = 30760;
  for (const d of DISTRICTS) {
    for (const c of d.newCommunes) {
      code += 3;
      codes.set(`${d.key}/${c.name}`, String(code));
    }
  }
  return codes;
}

export async function seedUnits(db: SeedClient): Promise<SeededUnits> {
  const codes = communeCodes();
  let id = 0;
  const provinceOldId = ++id;
  const provinceNewId = ++id;
  const rows: Prisma.AdministrativeUnitCreateManyInput[] = [
    { id: provinceOldId, code: PROVINCE_OLD.code, name: PROVINCE_OLD.name, type: PROVINCE_OLD.type, level: 'PROVINCE', validFrom: OLD_UNITS_FROM, validTo: BEFORE_REFORM },
    { id: provinceNewId, code: PROVINCE_NEW.code, name: PROVINCE_NEW.name, type: PROVINCE_NEW.type, level: 'PROVINCE', validFrom: REFORM_DATE },
  ];
  const districts: SeededDistrict[] = [];
  for (const d of DISTRICTS) {
    const districtId = ++id;
    rows.push({ id: districtId, code: d.code, name: d.name, type: d.type, level: 'DISTRICT', parentId: provinceOldId, validFrom: OLD_UNITS_FROM, validTo: BEFORE_REFORM });
    // Shares in ten-thousandths so that each district's shares sum to exactly 1.0000.
    const shares = distribute(10_000, d.newCommunes.map((c) => c.weight), 1);
    const communes: SeededCommune[] = d.newCommunes.map((c, i) => ({
      id: ++id,
      code: codes.get(`${d.key}/${c.name}`)!,
      name: c.name,
      type: c.type,
      share: shares[i] / 10_000,
    }));
    for (const c of communes) {
      rows.push({ id: c.id, code: c.code, name: c.name, type: c.type, level: 'COMMUNE', parentId: provinceNewId, validFrom: REFORM_DATE });
    }
    districts.push({ id: districtId, code: d.code, district: d, communes });
  }
  await db.administrativeUnit.createMany({ data: rows });

  const successions: Prisma.UnitSuccessionCreateManyInput[] = [
    { predecessorId: provinceOldId, successorId: provinceNewId, effectiveOn: REFORM_DATE, share: null, note: 'Nghị quyết sắp xếp đơn vị hành chính cấp tỉnh năm 2025: hợp nhất tỉnh Kiên Giang và tỉnh An Giang thành tỉnh An Giang' },
  ];
  for (const d of districts) {
    for (const c of d.communes) {
      successions.push({
        predecessorId: d.id,
        successorId: c.id,
        effectiveOn: REFORM_DATE,
        share: new Prisma.Decimal(c.share.toFixed(4)),
        note: `${d.district.type} ${d.district.name} → ${c.type} ${c.name} (không tổ chức cấp huyện từ 01/7/2025)`,
      });
    }
  }
  await db.unitSuccession.createMany({ data: successions });

  const byKey = new Map(districts.map((d) => [d.district.key, d]));
  const communeById = new Map<number, SeededCommune & { districtKey: string }>();
  for (const d of districts) for (const c of d.communes) communeById.set(c.id, { ...c, districtKey: d.district.key });
  return { provinceOldId, provinceNewId, districts, byKey, communeById };
}
