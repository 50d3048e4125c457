import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { PlanTargetForm } from '@/components/plans/plan-target-form';
import { requirePermission } from '@/lib/auth/session';
import { createPlanTarget } from '@/lib/plans/actions';
import { COMPUTED_CODES, INDICATOR_OPTIONS } from '@/lib/plans/indicators';
import { parsePlanYear } from '@/lib/plans/queries';
import { parseId } from '@/lib/organizations/filters';
import { getUnitChoices } from '@/lib/organizations/queries';
import { firstParam } from '@/lib/pagination';

export const metadata = { title: 'Thêm chỉ tiêu kế hoạch' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewPlanTargetPage({ searchParams }: Props) {
  await requirePermission('plan.manage');
  const query = await searchParams;
  const year = parsePlanYear(query.nam);
  const units = await getUnitChoices(null);
  const unitId = parseId(firstParam(query['don-vi']));
  const back = `/quan-tri/ke-hoach?nam=${year}${unitId ? `&don-vi=${unitId}` : ''}`;
  return (
    <>
      <Breadcrumbs items={[{ href: back, label: 'Kế hoạch' }, { label: 'Thêm chỉ tiêu' }]} />
      <PageTitle description="Chọn chỉ tiêu trong danh sách (kết quả được tính từ dữ liệu khi có thể), hoặc “Chỉ tiêu khác” để tự ghi tên và nhập kết quả.">
        Thêm chỉ tiêu kế hoạch
      </PageTitle>
      <PlanTargetForm
        action={createPlanTarget}
        initial={{ year: String(year), unitId: unitId && units.some((u) => u.id === unitId) ? String(unitId) : '' }}
        indicators={INDICATOR_OPTIONS}
        computed={COMPUTED_CODES}
        units={units.map((u) => ({ value: String(u.id), label: u.label }))}
        submitLabel="Thêm chỉ tiêu"
        cancelHref={back}
      />
    </>
  );
}
