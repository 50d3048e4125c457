import type { Metadata } from 'next';

import { cachedUnder } from '@/lib/cache/public';
import { decodeQuerySegment } from '@/lib/cache/query-routes';
import { cacheTags } from '@/lib/cache/tags';
import { normalizeFeedbackCode } from '@/lib/feedback/code';
import { getFeedbackByCode } from '@/lib/feedback/lookup';
import { pageMetadata } from '@/lib/seo/metadata';

import { FeedbackLookupView, type LookupResult } from '../../lookup';

type Props = { params: Promise<{ q: string }> };

// One cached page per code asked for, expired by the code's tag when staff reply (docs/decisions/0004).
export function generateStaticParams() {
  return [];
}

// A tracking page is for its sender: keep it out of search engines, canonical to the form.
export const metadata: Metadata = pageMetadata({
  title: 'Tra cứu ý kiến',
  description: 'Tình trạng xử lý và câu trả lời của ý kiến đã gửi.',
  path: '/y-kien/tra-cuu',
  noIndex: true,
});

export default async function FeedbackLookupResultPage({ params }: Props) {
  const typed = decodeQuerySegment((await params).q).ma ?? '';
  const result = await lookup(typed);
  if (!result) return null;
  return <FeedbackLookupView result={result} />;
}

async function lookup(typed: string): Promise<LookupResult | null> {
  if (!typed) return { kind: 'empty' };
  const code = normalizeFeedbackCode(typed);
  if (!code) return { kind: 'invalid', typed };
  if (!(await cachedUnder(cacheTags.feedback(code)))) return null;
  const feedback = await getFeedbackByCode(code);
  return feedback ? { kind: 'found', feedback } : { kind: 'unknown', code };
}
