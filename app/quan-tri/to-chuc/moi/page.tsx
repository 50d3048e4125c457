import { Notice } from '@/components/ui/notice';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { OrganizationForm } from '@/components/workspace/organization-form';
import { can, requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { createOrganization } from '@/lib/organizations/actions';
import { parseId } from '@/lib/organizations/filters';
import { getUnitChoices, scopeOf } from '@/lib/organizations/queries';

export const metadata = { title: 'Thêm tổ chức' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewOrganizationPage({ searchParams }: Props) {
  const user = await requirePermission('organization.create');
  const query = await searchParams;
  const fromId = parseId(typeof query['chuyen-doi-tu'] === 'string' ? query['chuyen-doi-tu'] : undefined);
  const [units, from] = await Promise.all([
    getUnitChoices(scopeOf(user)),
    fromId
      ? prisma.organization.findFirst({
          where: { id: fromId, deletedAt: null },
          select: { id: true, name: true, kind: true, sector: true, unitId: true, address: true, phone: true, leaderName: true, mainProducts: true },
        })
      : null,
  ]);
  // The conversion flow starts from an organization the user may change; otherwise it is ignored.
  const source = from && (await can(user, 'organization.update', from.unitId)) ? from : null;
  const initial: Record<string, string> = source
    ? {
        kind: source.kind === 'GROUP' ? 'COOPERATIVE' : '',
        sector: source.sector,
        unitId: String(source.unitId),
        address: source.address ?? '',
        phone: source.phone ?? '',
        leaderName: source.leaderName ?? '',
        mainProducts: source.mainProducts ?? '',
        description: `Thành lập trên cơ sở chuyển đổi từ ${source.name}.`,
        allianceMembership: 'NONE',
      }
    : { allianceMembership: 'NONE' };

  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/to-chuc', label: 'Tổ chức KTTT' }, { label: 'Thêm tổ chức' }]} />
      <PageTitle description="Các trường có ghi “bắt buộc” cần điền; các thông tin khác có thể bổ sung sau.">Thêm tổ chức</PageTitle>
      {source ? (
        <div className="mb-6">
          <Notice title={`Chuyển đổi từ ${source.name}`}>
            Nhập thông tin của tổ chức mới. Sau khi lưu, bạn sẽ ghi nhận việc chuyển đổi vào lịch sử trạng thái của {source.name}.
          </Notice>
        </div>
      ) : null}
      <OrganizationForm
        action={createOrganization.bind(null, source?.id ?? null)}
        initial={initial}
        units={units}
        mode="create"
        cancelHref={source ? `/quan-tri/to-chuc/${source.id}` : '/quan-tri/to-chuc'}
      />
    </>
  );
}
