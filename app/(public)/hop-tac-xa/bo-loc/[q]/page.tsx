import type { Metadata } from 'next';

import { DirectoryView } from '@/components/site/directory/directory-view';
import { decodeQuerySegment } from '@/lib/cache/query-routes';

type Props = { params: Promise<{ q: string }> };

export const metadata: Metadata = {
  title: 'Danh bạ hợp tác xã – kết quả tra cứu',
  // One list, many filter combinations: search engines index the plain list and the profiles.
  robots: { index: false, follow: true },
};

// /hop-tac-xa?… rewritten by proxy.ts and rendered per request: filter combinations are
// open-ended (lib/cache/query-routes.ts). server.mjs keeps the responses until any content changes.
export const dynamic = 'force-dynamic';

export default async function FilteredDirectoryPage({ params }: Props) {
  const { q } = await params;
  return <DirectoryView query={decodeQuerySegment(q)} />;
}
