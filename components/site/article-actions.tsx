'use client';

import { useState } from 'react';

const button =
  'inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-900 hover:bg-slate-100';

/** "In bài": the browser's print dialog; print CSS (globals.css) keeps only the article. */
export function PrintButton() {
  return (
    <button type="button" className={button} onClick={() => window.print()}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4 fill-current">
        <path d="M7 3h10v4H7V3Zm-2 6h14a2 2 0 0 1 2 2v6h-4v4H7v-4H3v-6a2 2 0 0 1 2-2Zm4 6v4h6v-4H9Z" />
      </svg>
      In bài
    </button>
  );
}

/** Copies the article's address; says so in a live region, or asks to copy by hand when refused. */
export function CopyLinkButton({ url }: { url: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className={button} onClick={copy}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4 fill-current">
          <path d="M10.6 13.4a1 1 0 0 1 0-1.4l3.4-3.4a1 1 0 1 1 1.4 1.4L12 13.4a1 1 0 0 1-1.4 0ZM7 17a3 3 0 0 1-2.1-5.1l2.5-2.5 1.4 1.4-2.5 2.5A1 1 0 0 0 7.7 14.7l2.5-2.5 1.4 1.4-2.5 2.5A3 3 0 0 1 7 17Zm8.6-3.6-1.4-1.4 2.5-2.5a1 1 0 0 0-1.4-1.4l-2.5 2.5-1.4-1.4 2.5-2.5a3 3 0 0 1 4.2 4.2l-2.5 2.5Z" />
        </svg>
        Sao chép liên kết
      </button>
      <span role="status" className="text-sm text-slate-700">
        {state === 'copied' ? 'Đã sao chép liên kết.' : state === 'failed' ? `Không sao chép được, hãy chép địa chỉ: ${url}` : ''}
      </span>
    </span>
  );
}
