'use client';

import { ErrorContent } from '@/components/site/error-content';

/** Errors outside the public site's layout (sign-in, workspace without its own boundary). */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="noi-dung-chinh" className="px-4 py-8">
      <ErrorContent error={error} retry={retry} />
    </main>
  );
}
