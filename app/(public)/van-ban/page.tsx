import type { Metadata } from 'next';

import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { todayIsoInVietnam } from '@/lib/format/date';

import { DocumentLibrary } from './library';

export const metadata: Metadata = {
  title: 'Hệ thống văn bản',
  description: 'Văn bản Trung ương, văn bản địa phương và văn bản của Liên minh Hợp tác xã tỉnh: tra cứu theo số hiệu, loại, cơ quan ban hành, năm, hiệu lực và lĩnh vực.',
  alternates: { canonical: '/van-ban', types: { 'application/rss+xml': '/van-ban/rss.xml' } },
};

// Validity depends on the date: besides the `documents` tag, the page carries the day's tag (the
// cache handler drops it at midnight) and an hourly revalidation as a backstop for any other cache
// handler. See docs/decisions/0005-derived-document-validity.md.
export const revalidate = 3600;

export default async function DocumentsPage() {
  const asOf = todayIsoInVietnam();
  if (!(await cachedUnder(cacheTags.documents, cacheTags.day(asOf)))) return null;
  return <DocumentLibrary query={{}} asOf={asOf} />;
}
