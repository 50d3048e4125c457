'use client';

/** Opens the browser's print dialog; the page's print styles leave only the document. */
export function PrintButton({ label = 'In văn bản' }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100 print:hidden"
    >
      <span aria-hidden="true">⎙</span>
      {label}
    </button>
  );
}
