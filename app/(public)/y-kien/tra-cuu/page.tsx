import type { Metadata } from 'next';

import { pageMetadata } from '@/lib/seo/metadata';

import { FeedbackLookupView } from './lookup';

export const metadata: Metadata = pageMetadata({
  title: 'Tra cứu ý kiến',
  description: 'Tra cứu tình trạng xử lý và câu trả lời của ý kiến đã gửi bằng mã tra cứu.',
  path: '/y-kien/tra-cuu',
});

/** The form alone; /y-kien/tra-cuu?ma=… is served from the cached bo-loc route (proxy.ts). */
export default function FeedbackLookupPage() {
  return <FeedbackLookupView result={{ kind: 'empty' }} />;
}
