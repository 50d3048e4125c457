import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/auth/session';
import { ORG_KIND_LABELS, ORG_STATUS_LABELS } from '@/lib/organizations/sectors';
import { formatNumber } from '@/lib/format/number';
import { OrgKind } from '@/lib/generated/prisma/enums';
import { firstParam, parsePage } from '@/lib/pagination';
import { getUnitSubtreeIds } from '@/lib/units/subtree';
import { getOrganizationsPage, getUnitName } from '@/lib/workspace/queries';

export const metadata = { title: 'Tổ chức kinh tế tập thể' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const kindParams = {
  htx: OrgKind.COOPERATIVE,
  'lien-hiep': OrgKind.UNION,
  tht: OrgKind.GROUP,
  qtdnd: OrgKind.CREDIT_FUND,
} as const;
type KindParam = keyof typeof kindParams;

export default async function OrganizationsPage({ searchParams }: Props) {
  const user = await requirePermission('organization.read');
  const query = await searchParams;
  const page = parsePage(query.trang);
  const kindText = firstParam(query.loai);
  const kindParam = kindText && Object.hasOwn(kindParams, kindText) ? (kindText as KindParam) : undefined;

  // A district officer sees only the organizations of their unit and the units below it.
  const scoped = user.role === 'DISTRICT_OFFICER';
  const [unitIds, unitName] = scoped && user.unitId != null
    ? await Promise.all([getUnitSubtreeIds(user.unitId), getUnitName(user.unitId)])
    : [undefined, null];
  const result = await getOrganizationsPage({ page, unitIds, kind: kindParam ? kindParams[kindParam] : undefined });

  const filters: { param?: KindParam; label: string }[] = [
    { label: 'Tất cả' },
    { param: 'htx', label: 'Hợp tác xã' },
    { param: 'lien-hiep', label: 'Liên hiệp HTX' },
    { param: 'tht', label: 'Tổ hợp tác' },
    { param: 'qtdnd', label: 'Quỹ tín dụng nhân dân' },
  ];

  return (
    <>
      <PageTitle
        description={
          unitName
            ? `Các tổ chức trên địa bàn ${unitName} (phạm vi được phân công).`
            : 'Hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác và quỹ tín dụng nhân dân trong tỉnh.'
        }
      >
        Tổ chức kinh tế tập thể
      </PageTitle>

      <nav aria-label="Lọc theo loại hình" className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {filters.map((f) => (
            <li key={f.label}>
              <Link
                href={f.param ? `/quan-tri/to-chuc?loai=${f.param}` : '/quan-tri/to-chuc'}
                aria-current={f.param === kindParam ? 'page' : undefined}
                className={cn(
                  'inline-block rounded-md border px-3 py-1.5',
                  f.param === kindParam
                    ? 'border-brand-700 bg-brand-700 text-white'
                    : 'border-slate-300 bg-white hover:bg-slate-100',
                )}
              >
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <p className="mb-3 text-slate-600">{formatNumber(result.total)} tổ chức.</p>
      {result.items.length > 0 ? (
        <Table caption="Danh sách tổ chức kinh tế tập thể">
          <thead>
            <tr>
              <Th>Tên tổ chức</Th>
              <Th>Loại hình</Th>
              <Th>Địa bàn</Th>
              <Th>Tình trạng</Th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((o) => (
              <tr key={o.id}>
                <Td>
                  <span className="font-medium">{o.name}</span>
                  {o.registrationNumber ? (
                    <span className="block text-sm text-slate-600">Mã số: {o.registrationNumber}</span>
                  ) : null}
                </Td>
                <Td>{ORG_KIND_LABELS[o.kind]}</Td>
                <Td>
                  {o.unit.type} {o.unit.name}
                  {o.unit.parent ? (
                    <span className="block text-sm text-slate-600">
                      {o.unit.parent.type} {o.unit.parent.name}
                    </span>
                  ) : null}
                </Td>
                <Td>
                  <Badge tone={o.status === 'ACTIVE' ? 'brand' : 'muted'}>{ORG_STATUS_LABELS[o.status]}</Badge>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title="Không có tổ chức nào." />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        pathname="/quan-tri/to-chuc"
        params={{ loai: kindParam }}
      />
    </>
  );
}
