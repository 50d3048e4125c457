import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
import { Breadcrumbs, type Crumb } from '@/components/ui/page-title';
import type { OrgKind, OrgStatus } from '@/lib/generated/prisma/enums';
import { ORG_KIND_LABELS, ORG_STATUS_LABELS } from '@/lib/organizations/sectors';

type Org = { id: number; name: string; kind: OrgKind; status: OrgStatus; unit: { type: string; name: string } };

/**
 * The heading of the member pages: where we are, which organization, and the way back to its
 * record. `title` is the page's h1 (the organization's name on the list, a member's name below).
 */
export function OrganizationHeading({ org, trail, title, subtitle }: { org: Org; trail: Crumb[]; title: string; subtitle: string }) {
  return (
    <header className="mb-6">
      <Breadcrumbs
        items={[{ href: '/quan-tri/to-chuc', label: 'Tổ chức KTTT' }, { href: `/quan-tri/to-chuc/${org.id}`, label: org.name }, ...trail]}
      />
      <h1 className="text-3xl font-bold text-slate-900">{title}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-lg text-slate-700">
        <span>{subtitle}</span>
        <span aria-hidden="true">·</span>
        <span>
          {ORG_KIND_LABELS[org.kind]}, {org.unit.type.toLowerCase()} {org.unit.name}
        </span>
        {org.status !== 'ACTIVE' ? <Badge tone="warning">{ORG_STATUS_LABELS[org.status]}</Badge> : null}
      </p>
      <p className="mt-2">
        <Link href={`/quan-tri/to-chuc/${org.id}`} className="text-brand-800 underline hover:text-brand-900">
          ‹ Về hồ sơ {org.name}
        </Link>
      </p>
    </header>
  );
}
