'use client';

import { useEffect, useId, useRef, useState } from 'react';

import { Button } from '@/components/ui/button';

export type PickedOrganization = { id: number; name: string; detail: string };

type Props = {
  /** Name of the hidden inputs, one per chosen organization. */
  name: string;
  legend: string;
  initial: PickedOrganization[];
  /** One organization at most (the award's recipient). */
  single?: boolean;
  error?: string;
  hint?: string;
};

/**
 * Choose organizations from the register by typing part of a name (with or without diacritics):
 * matches come from /quan-tri/ho-tro/tim-to-chuc; each choice is a button, each chosen
 * organization has a "Bỏ chọn" button, and the form submits their ids as hidden inputs.
 */
export function OrganizationPicker({ name, legend, initial, single = false, error, hint }: Props) {
  const id = useId();
  const [chosen, setChosen] = useState<PickedOrganization[]>(initial);
  const [query, setQuery] = useState('');
  // Matches are kept with the text they answer, so a stale answer is never shown.
  const [found, setFound] = useState<{ q: string; rows: PickedOrganization[] } | null>(null);
  const trimmed = query.trim();
  const matches = trimmed.length >= 2 && found?.q === trimmed ? found.rows : null;
  const [announce, setAnnounce] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/quan-tri/ho-tro/tim-to-chuc?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!response.ok) return;
        const rows = (await response.json()) as PickedOrganization[];
        setFound({ q, rows });
        setAnnounce(rows.length ? `${rows.length} tổ chức phù hợp.` : 'Không tìm thấy tổ chức nào.');
      } catch {
        // Aborted by a newer keystroke.
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const choose = (o: PickedOrganization) => {
    setChosen((list) => (single ? [o] : list.some((c) => c.id === o.id) ? list : [...list, o]));
    setAnnounce(`Đã chọn ${o.name}.`);
    setQuery('');
    input.current?.focus();
  };
  const remove = (o: PickedOrganization) => {
    setChosen((list) => list.filter((c) => c.id !== o.id));
    setAnnounce(`Đã bỏ chọn ${o.name}.`);
    input.current?.focus();
  };
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white px-5 pt-3 pb-5" aria-describedby={describedBy}>
      <legend className="px-1 font-medium text-slate-800">{legend}</legend>
      {chosen.map((o) => (
        <input key={o.id} type="hidden" name={name} value={o.id} />
      ))}
      {chosen.length > 0 ? (
        <ul aria-label="Tổ chức đã chọn" className="mb-4 space-y-2">
          {chosen.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-slate-50 px-3 py-2">
              <span>
                {o.name} <span className="text-sm text-slate-600">– {o.detail}</span>
              </span>
              <Button variant="ghost" onClick={() => remove(o)} aria-label={`Bỏ chọn ${o.name}`}>
                Bỏ chọn
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-3 text-slate-600">Chưa chọn tổ chức nào.</p>
      )}
      <label htmlFor={id} className="block font-medium text-slate-800">
        Tìm tổ chức theo tên hoặc số đăng ký
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        autoComplete="off"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          // Enter picks the first match instead of submitting the whole form.
          if (e.key === 'Enter') {
            e.preventDefault();
            if (matches && matches[0]) choose(matches[0]);
          }
        }}
        aria-invalid={error ? true : undefined}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base aria-[invalid=true]:border-red-700"
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-red-800">
          {error}
        </p>
      ) : null}
      <p role="status" className="sr-only">
        {announce}
      </p>
      {matches && matches.length > 0 ? (
        <ul aria-label="Kết quả tìm tổ chức" className="mt-2 max-h-72 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2">
          {matches.map((o) => {
            const already = chosen.some((c) => c.id === o.id);
            return (
              <li key={o.id}>
                <button
                  type="button"
                  disabled={already}
                  onClick={() => choose(o)}
                  className="block w-full rounded px-3 py-2 text-left hover:bg-brand-50 disabled:text-slate-500"
                >
                  <span className="sr-only">Chọn </span>
                  {o.name} <span className="text-sm text-slate-600">– {o.detail}</span>
                  {already ? <span className="text-sm"> (đã chọn)</span> : null}
                </button>
              </li>
            );
          })}
        </ul>
      ) : matches ? (
        <p className="mt-2 text-slate-600">Không tìm thấy tổ chức nào.</p>
      ) : null}
    </fieldset>
  );
}
