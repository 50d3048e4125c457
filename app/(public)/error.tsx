'use client';

import { ErrorContent } from '@/components/site/error-content';

/** A failing public page keeps the site's header, menu and footer around the message. */
export default function PublicErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorContent error={error} retry={retry} />;
}
