import { notFound } from 'next/navigation';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { PlanTargetForm } from '@/components/plans/plan-target-form';
import { DeleteRecordButton } from '@/components/workspace/delete-record';
import { requirePermission } from '@/lib/auth/session';
import { deletePlanTarget, updatePlanTarget } from '@/lib/plans/actions';
import { COMPUTED_CODES, INDICATOR_OPTIONS } from '@/lib/plans/indicators';
import { getPlanTarget } from '@/lib/plans/queries';
import { parseId } from '@/lib/organizations/filters';
import { getUnitChoices } from '@/lib/organizations/queries';

export const metadata = { title: 'Sửa chỉ tiêu kế hoạch' };

type Props = { params: Promise<{ id: string }> };

/** A stored decimal ("12.5") as people type it ("12,5"). */
const viDecimal = (s: string | null) => (s === null ? '' : s.replace('.', ','));

export default async function EditPlanTargetPage({ params }: Props) {
  await requirePermission('plan.manage');
  const id = parseId((await params).id);
  const target = id ? await getPlanTarget(id) : null;
  if (!target) notFound();
  const units = await getUnitChoices(null);
  const back = `/quan-tri/ke-hoach?nam=${target.year}${target.unitId ? `&don-vi=${target.unitId}` : ''}`;
  return (
    <>
      <Breadcrumbs items={[{ href: back, label: `Kế hoạch năm ${target.year}` }, { label: target.label }]} />
      <PageTitle description={target.unit ? `${target.unit.type} ${target.unit.name}` : 'Toàn tỉnh'}>Sửa chỉ tiêu: {target.label}</PageTitle>
      <PlanTargetForm
        action={updatePlanTarget.bind(null, target.id)}
        initial={{
          year: String(target.year),
          unitId: target.unitId ? String(target.unitId) : '',
          indicator: target.other ? 'OTHER' : target.indicator,
          label: target.other ? target.label : '',
          measure: target.other ? target.measure : '',
          target: viDecimal(target.target),
          result: viDecimal(target.result),
        }}
        indicators={INDICATOR_OPTIONS}
        computed={COMPUTED_CODES}
        units={units.map((u) => ({ value: String(u.id), label: u.label }))}
        submitLabel="Lưu chỉ tiêu"
        cancelHref={back}
      />
      <div className="mt-10 border-t border-slate-200 pt-6">
        <DeleteRecordButton action={deletePlanTarget.bind(null, target.id)} trigger="Xóa chỉ tiêu" title="Xóa chỉ tiêu này?">
          <p>
            Chỉ tiêu <strong>{target.label}</strong> năm {target.year} sẽ bị xóa khỏi kế hoạch. Thao tác được ghi vào nhật ký.
          </p>
        </DeleteRecordButton>
      </div>
    </>
  );
}
