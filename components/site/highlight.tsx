import { Fragment } from 'react';

import { highlightSegments } from '@/lib/search/highlight';

/** The text with the words of `query` marked, accent-insensitively ("hop tac" marks "Hợp tác"). */
export function Highlight({ text, query }: { text: string; query: string | undefined }) {
  if (!query) return <>{text}</>;
  return (
    <>
      {highlightSegments(text, query).map((s, i) =>
        s.match ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-inherit">
            {s.text}
          </mark>
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}
