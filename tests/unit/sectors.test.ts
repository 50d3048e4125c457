import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { SECTOR_GROUP, SECTORS, isValidKindSector, sectorGroupOf, sectorsOfGroup } from '@/lib/organizations/sectors';

describe('sectors', () => {
  it('puts farming, forestry, fishery and salt in the agricultural group, credit alone', () => {
    expect(sectorsOfGroup('AGRICULTURE').sort()).toEqual(['CROP_LIVESTOCK', 'FISHERY', 'FORESTRY', 'SALT']);
    expect(sectorsOfGroup('CREDIT')).toEqual(['CREDIT']);
    expect(sectorGroupOf('TRANSPORT')).toBe('NON_AGRICULTURE');
    expect(SECTORS).toHaveLength(Object.keys(SECTOR_GROUP).length);
  });

  it('allows the credit sector to credit funds only', () => {
    expect(isValidKindSector('CREDIT_FUND', 'CREDIT')).toBe(true);
    expect(isValidKindSector('CREDIT_FUND', 'FISHERY')).toBe(false);
    expect(isValidKindSector('COOPERATIVE', 'CREDIT')).toBe(false);
    expect(isValidKindSector('GROUP', 'CROP_LIVESTOCK')).toBe(true);
  });

  it('agrees with the CHECK constraint the database enforces', () => {
    const sql = readFileSync('prisma/migrations/20261123000100_integrity_checks/migration.sql', 'utf8');
    const agricultural = /WHEN "sector" IN \(([^)]*)\) THEN 'AGRICULTURE'/.exec(sql)?.[1] ?? '';
    const inSql = agricultural.split(',').map((s) => s.trim().replace(/'/g, '')).sort();
    expect(inSql).toEqual(sectorsOfGroup('AGRICULTURE').sort());
  });
});
