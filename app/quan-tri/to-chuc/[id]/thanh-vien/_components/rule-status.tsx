import type { RuleOutcome } from '@/lib/rules/membership';

const LOOK = {
  ok: { icon: '✓', label: 'Đạt', className: 'border-brand-200 bg-brand-50 text-brand-900' },
  warn: { icon: '⚠', label: 'Cảnh báo', className: 'border-amber-300 bg-amber-50 text-amber-900' },
  block: { icon: '✗', label: 'Vi phạm', className: 'border-red-300 bg-red-50 text-red-900' },
  na: { icon: '–', label: 'Chưa đánh giá', className: 'border-slate-300 bg-white text-slate-700' },
} as const;

function lookOf(o: RuleOutcome) {
  if (o.status === 'ok') return LOOK.ok;
  if (o.status === 'not_applicable') return LOOK.na;
  return o.severity === 'WARN' ? LOOK.warn : LOOK.block;
}

/** Where the organization stands on each rule of the Law that applies to it. */
export function RuleStatusList({ outcomes }: { outcomes: RuleOutcome[] }) {
  if (outcomes.length === 0) return <p className="text-slate-700">Không có quy tắc nào áp dụng cho loại hình tổ chức này.</p>;
  return (
    <ul className="space-y-3">
      {outcomes.map((o) => {
        const look = lookOf(o);
        return (
          <li key={o.ruleId} className={`rounded-md border px-4 py-3 ${look.className}`}>
            <p className="font-semibold">
              <span aria-hidden="true" className="mr-2 inline-block w-4 text-center">
                {look.icon}
              </span>
              {o.summary}: <span>{look.label.toLowerCase()}</span>
            </p>
            <p className="ml-6 text-slate-800">{o.detail}.</p>
            {o.violations.length > 0 ? (
              <ul className="mt-1 ml-6 list-disc pl-5">
                {o.violations.map((v) => (
                  <li key={v.key}>{v.message}</li>
                ))}
              </ul>
            ) : null}
            {o.legalBasis ? <p className="mt-1 ml-6 text-sm text-slate-700">Căn cứ: {o.legalBasis}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
