/**
 * An honest progress indication for a step that runs on the server in one go: the work cannot be
 * measured from the browser, so the bar is indeterminate and the text says what is happening and
 * for how many rows. role="status" announces it once.
 */
export function PendingProgress({ label, detail }: { label: string; detail?: string }) {
  return (
    <div role="status" className="mt-4 rounded-md border border-brand-200 bg-brand-50 px-4 py-3">
      <p className="font-medium text-brand-900">{label}</p>
      <progress aria-label={label} className="mt-2 h-2 w-full accent-brand-700" />
      {detail ? <p className="mt-1 text-sm text-slate-700">{detail}</p> : null}
    </div>
  );
}
