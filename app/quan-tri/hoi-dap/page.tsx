import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { DeleteTopicForm, FaqQuestionForm, FaqTopicForm } from '@/components/workspace/faq/faq-forms';
import { FlashNotice } from '@/components/workspace/flash-notice';
import { requirePermission } from '@/lib/auth/session';
import { createFaqQuestion, createFaqTopic, updateFaqTopic } from '@/lib/faq/actions';
import { getFaqForEditors } from '@/lib/faq/queries';
import { firstParam } from '@/lib/pagination';

export const metadata = { title: 'Hỏi đáp' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FaqAdminPage({ searchParams }: Props) {
  await requirePermission('faq.manage');
  const params = await searchParams;
  const topics = await getFaqForEditors();
  const topicOptions = topics.map((t) => ({ value: String(t.id), label: t.name }));

  return (
    <>
      <PageTitle
        description={
          <>
            Câu hỏi thường gặp theo chủ đề; câu đã đăng hiện tại{' '}
            <Link href="/hoi-dap" className="text-brand-800 underline">
              trang Hỏi đáp
            </Link>
            .
          </>
        }
      >
        Hỏi đáp
      </PageTitle>
      <FlashNotice message={firstParam(params['thong-bao']) === 'da-xoa' ? 'Đã xóa câu hỏi.' : null} />

      {topics.length === 0 ? <EmptyState title="Chưa có chủ đề nào. Thêm chủ đề đầu tiên bên dưới." /> : null}
      <div className="space-y-6">
        {topics.map((t) => (
          <section key={t.id} aria-labelledby={`chu-de-${t.id}`} className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id={`chu-de-${t.id}`} className="text-xl font-semibold text-slate-900">
              {t.name}
            </h2>
            {t.questions.length > 0 ? (
              <ol className="mt-3 list-decimal space-y-2 pl-6">
                {t.questions.map((q) => (
                  <li key={q.id}>
                    <Link href={`/quan-tri/hoi-dap/${q.id}`} className="text-brand-800 underline-offset-2 hover:underline">
                      {q.question}
                    </Link>{' '}
                    {q.published ? <Badge tone="brand">Đã đăng</Badge> : <Badge tone="muted">Chưa đăng</Badge>}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="mt-2 text-slate-600">Chưa có câu hỏi.</p>
            )}
            <details className="mt-4">
              <summary className="cursor-pointer font-medium text-brand-800">Sửa hoặc xóa chủ đề</summary>
              <div className="mt-3 grid gap-6 md:grid-cols-2">
                <FaqTopicForm action={updateFaqTopic.bind(null, t.id)} initial={{ name: t.name, ordinal: String(t.ordinal) }} submitLabel="Lưu chủ đề" />
                <DeleteTopicForm topicId={t.id} name={t.name} />
              </div>
            </details>
          </section>
        ))}
      </div>

      <div className="mt-8 grid gap-6 lg:grid-cols-[2fr_1fr]">
        {topics.length > 0 ? (
          <section aria-labelledby="them-cau-hoi" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="them-cau-hoi" className="mb-4 text-xl font-semibold text-slate-900">
              Thêm câu hỏi
            </h2>
            <FaqQuestionForm action={createFaqQuestion} initial={{ published: 'on' }} topicOptions={topicOptions} submitLabel="Thêm câu hỏi" resetOnSuccess />
          </section>
        ) : null}
        <section aria-labelledby="them-chu-de" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="them-chu-de" className="mb-4 text-xl font-semibold text-slate-900">
            Thêm chủ đề
          </h2>
          <FaqTopicForm action={createFaqTopic} initial={{}} submitLabel="Thêm chủ đề" resetOnSuccess />
        </section>
      </div>
    </>
  );
}
