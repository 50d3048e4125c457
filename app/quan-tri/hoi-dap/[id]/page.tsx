import { notFound } from 'next/navigation';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { DeleteQuestionForm, FaqQuestionForm } from '@/components/workspace/faq/faq-forms';
import { requirePermission } from '@/lib/auth/session';
import { updateFaqQuestion } from '@/lib/faq/actions';
import { getFaqForEditors, getFaqQuestion } from '@/lib/faq/queries';

export const metadata = { title: 'Sửa câu hỏi' };

type Props = { params: Promise<{ id: string }> };

export default async function EditFaqQuestionPage({ params }: Props) {
  await requirePermission('faq.manage');
  const [question, topics] = await Promise.all([getFaqQuestion(Number((await params).id)), getFaqForEditors()]);
  if (!question) notFound();
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/hoi-dap', label: 'Hỏi đáp' }, { label: 'Sửa câu hỏi' }]} />
      <PageTitle>Sửa câu hỏi</PageTitle>
      <div className="space-y-6">
        <div className="rounded-lg border border-slate-200 bg-white p-5">
          <FaqQuestionForm
            action={updateFaqQuestion.bind(null, question.id)}
            initial={{
              topicId: String(question.topicId),
              ordinal: String(question.ordinal),
              question: question.question,
              answer: question.answer,
              published: question.published ? 'on' : '',
            }}
            topicOptions={topics.map((t) => ({ value: String(t.id), label: t.name }))}
            submitLabel="Lưu câu hỏi"
          />
        </div>
        <section aria-labelledby="xoa-cau-hoi" className="rounded-lg border border-red-200 bg-white p-5">
          <h2 id="xoa-cau-hoi" className="mb-3 text-lg font-semibold text-slate-900">
            Xóa câu hỏi
          </h2>
          <DeleteQuestionForm questionId={question.id} />
        </section>
      </div>
    </>
  );
}
