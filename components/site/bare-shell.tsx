import Link from 'next/link';
import type { ReactNode } from 'react';

import { site } from '@/lib/site';

/**
 * The frame of pages rendered in the root layout only (a URL no route matches, a refusal outside
 * the workspace). Deliberately small: Next puts the root not-found and forbidden elements into the
 * payload of every page, so a full site header and footer here would be sent again with each one.
 */
export function BareShell({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="border-b-4 border-brand-700 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-4">
          <Link href="/" className="text-xl font-bold text-brand-800 hover:underline">
            {site.name}
          </Link>
        </div>
      </header>
      <main id="noi-dung-chinh" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
