import type { Metadata } from 'next';

import { DirectoryView } from '@/components/site/directory/directory-view';
import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';

export const metadata: Metadata = {
  title: 'Danh bạ hợp tác xã',
  description: 'Tra cứu hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác và quỹ tín dụng nhân dân trên địa bàn tỉnh.',
};

// Cached whole; a query string is served from ./bo-loc/[q] (proxy.ts).
export default async function DirectoryPage() {
  if (!(await cachedUnder(cacheTags.organizations, cacheTags.units))) return null;
  return <DirectoryView query={{}} />;
}
