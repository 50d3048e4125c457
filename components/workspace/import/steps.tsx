/** Where the user is in an import: four steps, the current one marked for screen readers too. */
const STEPS = ['Tải tệp lên', 'Ghép cột', 'Xem trước', 'Nhập'] as const;

export function ImportSteps({ current }: { current: 1 | 2 | 3 | 4 }) {
  return (
    <nav aria-label="Các bước nhập dữ liệu" className="mb-6">
      <ol className="flex flex-wrap gap-2">
        {STEPS.map((label, i) => {
          const n = i + 1;
          const state = n < current ? 'done' : n === current ? 'current' : 'todo';
          return (
            <li
              key={label}
              aria-current={state === 'current' ? 'step' : undefined}
              className={`rounded-full border px-4 py-1.5 text-sm font-medium ${
                state === 'current'
                  ? 'border-brand-700 bg-brand-700 text-white'
                  : state === 'done'
                    ? 'border-brand-200 bg-brand-50 text-brand-900'
                    : 'border-slate-300 bg-white text-slate-700'
              }`}
            >
              {n}. {label}
              {state === 'done' ? <span className="sr-only"> (đã xong)</span> : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
