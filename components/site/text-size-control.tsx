'use client';

import { useEffect, useState } from 'react';

/**
 * "Cỡ chữ: A− A A+" for article bodies, as older readers of government portals expect. The choice
 * is kept in localStorage and applied as a CSS variable on <html>, so the cached page itself never
 * changes (nothing here reads cookies or makes the page dynamic); `TEXT_SIZE_SCRIPT` applies a
 * stored choice before the first paint.
 */
const STORAGE_KEY = 'lmhtx-co-chu';
export const TEXT_SCALES = [0.875, 1, 1.125, 1.25, 1.375, 1.5] as const;
const DEFAULT_INDEX = 1;
const VARIABLE = '--article-text-scale';

function apply(index: number) {
  document.documentElement.style.setProperty(VARIABLE, String(TEXT_SCALES[index]));
}

function stored(): number {
  try {
    const value = Number(window.localStorage.getItem(STORAGE_KEY));
    const index = TEXT_SCALES.findIndex((s) => s === value);
    return index >= 0 ? index : DEFAULT_INDEX;
  } catch {
    return DEFAULT_INDEX;
  }
}

/** Inline script for the article page: applies the stored scale before React hydrates. */
export const TEXT_SIZE_SCRIPT = `try{var s=Number(localStorage.getItem('${STORAGE_KEY}'));if([${TEXT_SCALES.join(',')}].indexOf(s)>=0)document.documentElement.style.setProperty('${VARIABLE}',String(s))}catch(e){}`;

const button =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 bg-white px-2 font-semibold text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-400';

export function TextSizeControl() {
  const [index, setIndex] = useState(DEFAULT_INDEX);

  useEffect(() => {
    // Read once after hydration: the server render cannot know the visitor's choice.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- syncing from localStorage, an external store
    setIndex(stored());
  }, []);

  const choose = (next: number) => {
    const clamped = Math.max(0, Math.min(TEXT_SCALES.length - 1, next));
    setIndex(clamped);
    apply(clamped);
    try {
      window.localStorage.setItem(STORAGE_KEY, String(TEXT_SCALES[clamped]));
    } catch {
      // Storage blocked: the size still applies to this page.
    }
  };

  return (
    <div role="group" aria-label="Cỡ chữ" className="flex items-center gap-1.5">
      <span className="text-sm text-slate-700" aria-hidden="true">
        Cỡ chữ:
      </span>
      <button type="button" className={`${button} text-sm`} onClick={() => choose(index - 1)} disabled={index === 0} aria-label="Giảm cỡ chữ">
        A−
      </button>
      <button type="button" className={`${button} text-base`} onClick={() => choose(DEFAULT_INDEX)} aria-label="Cỡ chữ mặc định" aria-pressed={index === DEFAULT_INDEX}>
        A
      </button>
      <button type="button" className={`${button} text-lg`} onClick={() => choose(index + 1)} disabled={index === TEXT_SCALES.length - 1} aria-label="Tăng cỡ chữ">
        A+
      </button>
      <span className="sr-only" aria-live="polite">
        {`Cỡ chữ ${Math.round(TEXT_SCALES[index] * 100)}%`}
      </span>
    </div>
  );
}
