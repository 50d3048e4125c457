import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { Notice } from '@/components/ui/notice';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/date';
import { parseRecordId } from '@/lib/members/queries';
import { ORG_KIND_LABELS } from '@/lib/organizations/sectors';
import { updateRule } from '@/lib/rules/actions';
import { getRule } from '@/lib/rules/queries';
import { paramInputName, paramInputValue } from '@/lib/rules/schema';

import { RuleForm } from './_components/rule-form';

export const metadata: Metadata = { title: 'Sửa quy tắc kiểm tra' };

export default async function RulePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('rule.manage');
  const { id } = await params;
  const ruleId = parseRecordId(id);
  const rule = ruleId ? await getRule(ruleId) : null;
  if (!rule) notFound();
  const def = rule.definition;

  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/quy-tac', label: 'Quy tắc kiểm tra' }, { label: def?.title ?? rule.code }]} />
      <PageTitle
        description={`Áp dụng cho: ${rule.orgKinds.length > 0 ? rule.orgKinds.map((k) => ORG_KIND_LABELS[k].toLowerCase()).join(', ') : 'mọi loại hình'}. Sửa lần cuối ${formatDateTime(rule.updatedAt)}.`}
      >
        {def?.title ?? rule.code}
      </PageTitle>
      {def ? (
        <RuleForm
          action={updateRule.bind(null, rule.id)}
          placeholders={def.placeholders.map((p) => `{${p}}`)}
          params={def.fields.map((f) => ({
            name: paramInputName(f),
            label: f.label,
            kind: f.kind,
            min: f.min,
            max: f.max,
            value: paramInputValue(f, rule.params),
          }))}
          initial={{ message: rule.message, severity: rule.severity, active: rule.active, legalBasis: rule.legalBasis ?? '' }}
        />
      ) : (
        <Notice title="Không sửa được quy tắc này">Phần mềm chưa có phép kiểm tra cho mã {rule.code}.</Notice>
      )}
    </>
  );
}
