'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';

import type { VisitResult } from '@/lib/analytics/visits';

/**
 * One beacon per page view, shared by everything on the page that shows a count (the visitor
 * statistics block, an article's view counter): the first caller for a path posts it, the
 * others reuse the same answer. Counting happens after the cached page is in the browser.
 */
const visits = new Map<string, Promise<VisitResult | null>>();
let tabKey: string | null = null;

function visitorKey(): string {
  const storageKey = 'lmhtx-visitor';
  try {
    const existing = window.localStorage.getItem(storageKey);
    if (existing && /^[a-z0-9]{16,40}$/.test(existing)) return existing;
    const bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    const fresh = Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 24);
    window.localStorage.setItem(storageKey, fresh);
    return fresh;
  } catch {
    // Storage blocked: count this page view under a key that lives as long as the tab.
    return (tabKey ??= Math.random().toString(36).slice(2).padEnd(16, '0'));
  }
}

function visit(path: string): Promise<VisitResult | null> {
  let pending = visits.get(path);
  if (!pending) {
    pending = fetch('/api/truy-cap', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ path, visitor: visitorKey() }),
      keepalive: true,
    })
      .then((r) => (r.ok ? (r.json() as Promise<VisitResult>) : null))
      .catch(() => null);
    visits.set(path, pending);
    // Navigating back to a page later is a new view: forget the answer once it is used.
    void pending.finally(() => setTimeout(() => visits.delete(path), 2_000));
  }
  return pending;
}

/** The current page's visit answer (null until it arrives, or when it fails). */
export function useVisit(pathOverride?: string): VisitResult | null {
  const current = usePathname();
  const path = pathOverride ?? current;
  const [result, setResult] = useState<{ path: string; value: VisitResult | null } | null>(null);
  useEffect(() => {
    let live = true;
    void visit(path).then((value) => {
      if (live) setResult({ path, value });
    });
    return () => {
      live = false;
    };
  }, [path]);
  return result?.path === path ? result.value : null;
}

/** Placed once in the public layout so that every public page view is counted. */
export function VisitTracker() {
  useVisit();
  return null;
}
