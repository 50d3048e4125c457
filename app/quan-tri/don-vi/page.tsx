import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/page-title';
import { requirePermission } from '@/lib/auth/session';
import { formatDate } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { firstParam } from '@/lib/pagination';
import { todayDate } from '@/lib/units/dates';
import { unitLabel, unitLevelLabels } from '@/lib/units/labels';
import { getUnitTree, type UnitNode } from '@/lib/units/queries';

export const metadata = { title: 'Đơn vị hành chính' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function validity(node: UnitNode): string {
  return node.validTo ? `${formatDate(node.validFrom)} – ${formatDate(node.validTo)}` : `Từ ${formatDate(node.validFrom)}`;
}

function StateBadge({ node, today }: { node: UnitNode; today: Date }) {
  if (node.validToday) return <Badge tone="brand">Đang hiệu lực</Badge>;
  if (node.validFrom > today) return <Badge tone="warning">Chưa có hiệu lực</Badge>;
  return <Badge tone="muted">Đã đóng</Badge>;
}

function Tree({ nodes, today, depth }: { nodes: UnitNode[]; today: Date; depth: number }) {
  return (
    <ul className={depth > 0 ? 'ml-4 border-l border-slate-200 pl-4 sm:ml-6' : 'space-y-2'}>
      {nodes.map((node) => (
        <li key={node.id} className="py-1.5">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <Link
              href={`/quan-tri/don-vi/${node.id}`}
              className={`font-medium underline-offset-2 hover:underline ${node.validToday ? 'text-brand-800' : 'text-slate-700'} ${depth === 0 ? 'text-lg' : ''}`}
            >
              {unitLabel(node)}
            </Link>
            <span className="text-sm text-slate-600">
              mã {node.code} · {unitLevelLabels[node.level]} · {validity(node)}
            </span>
            <StateBadge node={node} today={today} />
            {node.organizations || node.users ? (
              <span className="text-sm text-slate-700">
                {[
                  node.organizations ? `${formatNumber(node.organizations)} tổ chức` : null,
                  node.users ? `${formatNumber(node.users)} người dùng` : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            ) : null}
          </div>
          {node.children.length > 0 ? <Tree nodes={node.children} today={today} depth={depth + 1} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** Keeps the units valid today and the branches leading to them. */
function currentOnly(nodes: UnitNode[]): UnitNode[] {
  return nodes.filter((n) => n.validToday).map((n) => ({ ...n, children: currentOnly(n.children) }));
}

export default async function UnitsPage({ searchParams }: Props) {
  await requirePermission('unit.manage');
  const currentView = firstParam((await searchParams)['hien-thi']) === 'hien-hanh';
  const tree = await getUnitTree();
  const shown = currentView ? currentOnly(tree) : tree;
  const today = todayDate();

  return (
    <>
      <PageTitle description="Cây đơn vị tỉnh – huyện – xã theo từng thời kỳ. Đơn vị đã đóng vẫn giữ lịch sử; báo cáo cũ gắn với đơn vị của thời điểm đó.">
        Đơn vị hành chính
      </PageTitle>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <ButtonLink href="/quan-tri/don-vi/them">Thêm đơn vị</ButtonLink>
        <ButtonLink href="/quan-tri/don-vi/sap-nhap" variant="secondary">
          Ghi nhận sáp nhập
        </ButtonLink>
        <nav aria-label="Phạm vi hiển thị" className="ml-auto">
          <ul className="flex gap-2">
            <li>
              <Link
                href="/quan-tri/don-vi"
                aria-current={!currentView ? 'page' : undefined}
                className="rounded-md px-3 py-2 text-brand-800 hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                Tất cả thời kỳ
              </Link>
            </li>
            <li>
              <Link
                href="/quan-tri/don-vi?hien-thi=hien-hanh"
                aria-current={currentView ? 'page' : undefined}
                className="rounded-md px-3 py-2 text-brand-800 hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                Chỉ đơn vị hiện hành
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <section aria-labelledby="cay-don-vi" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="cay-don-vi" className="sr-only">
          Cây đơn vị hành chính
        </h2>
        <Tree nodes={shown} today={today} depth={0} />
      </section>
    </>
  );
}
