import type { Metadata } from 'next';

import { Breadcrumbs } from '@/components/ui/page-title';
import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { getPublicFaq } from '@/lib/faq/queries';

export const metadata: Metadata = {
  title: 'Hỏi đáp',
  description: 'Câu hỏi thường gặp về thành lập, tổ chức và hoạt động của hợp tác xã, tổ hợp tác và chính sách hỗ trợ kinh tế tập thể.',
  alternates: { canonical: '/hoi-dap' },
};

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

// Cached until an editor changes the FAQ (tag `faq`).
export default async function FaqPage() {
  if (!(await cachedUnder(cacheTags.faq))) return null;
  const topics = await getPublicFaq();
  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { label: 'Hỏi đáp' }]} />
      <h1 className="text-3xl font-bold text-slate-900">Hỏi đáp</h1>
      <p className="mt-2 text-lg text-slate-700">Câu hỏi thường gặp, theo chủ đề. Chưa thấy câu trả lời? Hãy gửi câu hỏi qua trang Ý kiến.</p>
      {topics.length === 0 ? (
        <p className="mt-6 rounded-lg border border-slate-200 bg-white p-5 text-slate-700">Chưa có câu hỏi nào được đăng.</p>
      ) : (
        <>
          <nav aria-label="Chủ đề" className="mt-6">
            <ul className="flex flex-wrap gap-2">
              {topics.map((t) => (
                <li key={t.id}>
                  <a href={`#chu-de-${t.id}`} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-brand-800 hover:bg-slate-100">
                    {t.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {topics.map((t) => (
            <section key={t.id} id={`chu-de-${t.id}`} aria-labelledby={`chu-de-${t.id}-ten`} className="mt-8">
              <h2 id={`chu-de-${t.id}-ten`} className="text-2xl font-bold text-slate-900">
                {t.name}
              </h2>
              <div className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                {t.questions.map((q) => (
                  <details key={q.id} className="group px-5 py-4">
                    <summary className="cursor-pointer text-lg font-medium text-slate-900">{q.question}</summary>
                    <div className="mt-3 space-y-3 text-slate-800">
                      {paragraphs(q.answer).map((p, i) => (
                        <p key={i} className="whitespace-pre-line">
                          {p}
                        </p>
                      ))}
                    </div>
                  </details>
                ))}
              </div>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
