import type { ReactNode } from 'react';

import { cn } from './cn';

export type BadgeTone = 'neutral' | 'brand' | 'warning' | 'muted';

const tones: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-800 ring-slate-300',
  brand: 'bg-brand-50 text-brand-800 ring-brand-200',
  warning: 'bg-amber-50 text-amber-900 ring-amber-300',
  muted: 'bg-white text-slate-600 ring-slate-300',
};

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className={cn('inline-block rounded px-2 py-0.5 text-sm font-medium whitespace-nowrap ring-1 ring-inset', tones[tone])}>
      {children}
    </span>
  );
}
