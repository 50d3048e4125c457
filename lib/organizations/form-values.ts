/**
 * An organization as the strings its edit form starts from: dates as YYYY-MM-DD (what
 * <input type="date"> takes), money in vi-VN groups ("1.500.000.000"), ticks as "on".
 */
import { formatNumber } from '@/lib/format/number';
import type { AllianceMembership, OrgKind, Sector } from '@/lib/generated/prisma/enums';

type Editable = {
  kind: OrgKind;
  name: string;
  shortName: string | null;
  registrationNumber: string | null;
  taxCode: string | null;
  sector: Sector;
  unitId: number;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  leaderName: string | null;
  leaderTitle: string | null;
  establishedOn: Date | null;
  charterCapital: bigint | null;
  allianceMembership: AllianceMembership;
  allianceJoinedOn: Date | null;
  mainProducts: string | null;
  description: string | null;
  isNewModel: boolean;
  hasValueChainLink: boolean;
  hasVietGap: boolean;
  hasGlobalGap: boolean;
  version: number;
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');
const tick = (b: boolean) => (b ? 'on' : '');

export function organizationFormValues(o: Editable): Record<string, string> {
  return {
    kind: o.kind,
    name: o.name,
    shortName: o.shortName ?? '',
    registrationNumber: o.registrationNumber ?? '',
    taxCode: o.taxCode ?? '',
    sector: o.sector,
    unitId: String(o.unitId),
    address: o.address ?? '',
    phone: o.phone ?? '',
    email: o.email ?? '',
    website: o.website ?? '',
    leaderName: o.leaderName ?? '',
    leaderTitle: o.leaderTitle ?? '',
    establishedOn: day(o.establishedOn),
    charterCapital: o.charterCapital === null ? '' : formatNumber(o.charterCapital, { maximumFractionDigits: 0 }),
    allianceMembership: o.allianceMembership,
    allianceJoinedOn: day(o.allianceJoinedOn),
    mainProducts: o.mainProducts ?? '',
    description: o.description ?? '',
    isNewModel: tick(o.isNewModel),
    hasValueChainLink: tick(o.hasValueChainLink),
    hasVietGap: tick(o.hasVietGap),
    hasGlobalGap: tick(o.hasGlobalGap),
    version: String(o.version),
  };
}
