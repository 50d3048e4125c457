import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * The columns of an organization that its audit rows compare (what the form and the import edit,
 * plus the derived ones): one list for the actions, the detail page and the spreadsheet import.
 */
export const organizationAuditSelect = {
  slug: true,
  kind: true,
  name: true,
  shortName: true,
  registrationNumber: true,
  taxCode: true,
  sector: true,
  sectorGroup: true,
  unitId: true,
  address: true,
  phone: true,
  email: true,
  website: true,
  leaderName: true,
  leaderTitle: true,
  establishedOn: true,
  status: true,
  allianceMembership: true,
  allianceJoinedOn: true,
  charterCapital: true,
  mainProducts: true,
  description: true,
  isNewModel: true,
  hasValueChainLink: true,
  hasVietGap: true,
  hasGlobalGap: true,
  successorId: true,
  version: true,
  deletedAt: true,
} satisfies Prisma.OrganizationSelect;
