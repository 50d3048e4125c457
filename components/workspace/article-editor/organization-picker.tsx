'use client';

import { useId, useRef, useState, useTransition } from 'react';

import { searchOrganizationsForArticle, type OrganizationHit } from '@/lib/articles/actions';

/** Cooperatives named in an article: search by name (accents optional), add, remove. */
export function OrganizationPicker({ defaultValue, error }: { defaultValue: OrganizationHit[]; error?: string }) {
  const id = useId();
  const [selected, setSelected] = useState(defaultValue);
  const [hits, setHits] = useState<OrganizationHit[]>([]);
  const [query, setQuery] = useState('');
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  function search(value: string) {
    setQuery(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      startTransition(async () => setHits(value.trim().length >= 2 ? await searchOrganizationsForArticle(value) : []));
    }, 250);
  }

  const shown = hits.filter((h) => !selected.some((s) => s.id === h.id));
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-medium text-slate-800">Hợp tác xã được nhắc đến</legend>
      {selected.length ? (
        <ul className="mt-2 flex flex-wrap gap-2">
          {selected.map((o) => (
            <li key={o.id} className="flex items-center gap-2 rounded-full border border-brand-200 bg-brand-50 py-1 pr-1 pl-3 text-sm">
              {o.name}
              <input type="hidden" name="organizationIds" value={o.id} />
              <button type="button" onClick={() => setSelected((list) => list.filter((s) => s.id !== o.id))} className="rounded-full px-2 py-0.5 hover:bg-brand-100" aria-label={`Bỏ ${o.name}`}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={`${id}-q`} className="mt-2 block text-sm text-slate-700">
        Tìm theo tên (gõ ít nhất 2 chữ)
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        onChange={(e) => search(e.target.value)}
        aria-controls={`${id}-hits`}
        className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
      />
      <div id={`${id}-hits`} role="status" aria-live="polite" className="mt-1 text-sm text-slate-600">
        {pending ? 'Đang tìm…' : query.trim().length >= 2 && shown.length === 0 ? 'Không tìm thấy tổ chức nào khác.' : null}
      </div>
      {shown.length ? (
        <ul className="mt-1 max-h-56 overflow-y-auto rounded-md border border-slate-200">
          {shown.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                onClick={() => {
                  setSelected((list) => [...list, h]);
                  setHits([]);
                  setQuery('');
                }}
                className="block w-full px-3 py-2 text-left hover:bg-slate-100"
              >
                Thêm: {h.name}
                {h.place ? <span className="text-sm text-slate-600"> ({h.place})</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
