import { notFound } from 'next/navigation';

import { Badge } from '@/components/ui/badge';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { AuditDiff } from '@/components/workspace/audit-diff';
import { actionLabel } from '@/lib/audit-log/format';
import { loadAuditRefs } from '@/lib/audit-log/queries';
import { requirePermission } from '@/lib/auth/session';
import { getFeedbackDetail, getFeedbackHistory } from '@/lib/feedback/inbox-queries';
import { formatDateTime } from '@/lib/format/date';
import { feedbackStatusLabels } from '@/lib/format/labels';
import { getFeedbackAssignees } from '@/lib/users/queries';

import { feedbackStatusTone } from '../status-tone';
import { AssignForm, ReplyForm, StatusActions } from './feedback-forms';

export const metadata = { title: 'Ý kiến bạn đọc' };

type Props = { params: Promise<{ id: string }> };

function Panel({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id={id} className="mb-4 text-xl font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function FeedbackPage({ params }: Props) {
  await requirePermission('feedback.manage');
  const { id: idText } = await params;
  if (!/^\d{1,9}$/.test(idText)) notFound();
  const id = Number(idText);
  const [feedback, assignees, history] = await Promise.all([getFeedbackDetail(id), getFeedbackAssignees(), getFeedbackHistory(id)]);
  if (!feedback) notFound();
  const refs = await loadAuditRefs(history);

  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/y-kien', label: 'Ý kiến bạn đọc' }, { label: feedback.code }]} />
      <PageTitle>{feedback.subject}</PageTitle>

      <div className="grid gap-6 xl:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <Panel title="Nội dung ý kiến" id="noi-dung">
            <dl className="mb-4 grid gap-3 sm:grid-cols-2">
              <div>
                <dt className="text-sm text-slate-600">Người gửi</dt>
                <dd>{feedback.name}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">Liên hệ</dt>
                <dd>
                  {feedback.email ? (
                    <a href={`mailto:${feedback.email}`} className="text-brand-800 underline">
                      {feedback.email}
                    </a>
                  ) : null}
                  {feedback.email && feedback.phone ? ' · ' : null}
                  {feedback.phone ?? null}
                  {!feedback.email && !feedback.phone ? 'Không để lại' : null}
                </dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">Mã tra cứu</dt>
                <dd className="font-mono">{feedback.code}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">Gửi lúc</dt>
                <dd>{formatDateTime(feedback.createdAt)}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">Trạng thái</dt>
                <dd>
                  <Badge tone={feedbackStatusTone[feedback.status]}>{feedbackStatusLabels[feedback.status]}</Badge>
                </dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">Trả lời</dt>
                <dd>
                  {feedback.repliedAt
                    ? `${feedback.repliedBy?.name ?? 'Không xác định'}, ${formatDateTime(feedback.repliedAt)}${feedback.replyPublished ? ' – đã công khai' : ' – chưa công khai'}`
                    : 'Chưa trả lời'}
                </dd>
              </div>
            </dl>
            <blockquote className="rounded-md border-l-4 border-slate-300 bg-slate-50 px-4 py-3 whitespace-pre-line text-slate-900">{feedback.message}</blockquote>
          </Panel>

          <Panel title="Trả lời" id="tra-loi">
            {feedback.status === 'SPAM' ? (
              <p className="text-slate-700">Ý kiến đang bị đánh dấu là thư rác. Mở lại để trả lời.</p>
            ) : (
              <ReplyForm
                feedbackId={feedback.id}
                updatedAt={feedback.updatedAt.toISOString()}
                reply={feedback.reply}
                replyPublished={feedback.replyPublished}
              />
            )}
          </Panel>
        </div>

        <div className="space-y-6">
          <Panel title="Phân công" id="phan-cong">
            <AssignForm
              feedbackId={feedback.id}
              assignedToId={feedback.assignedToId}
              assignees={assignees.map((u) => ({ value: String(u.id), label: u.name }))}
            />
          </Panel>
          <Panel title="Xử lý" id="xu-ly">
            <StatusActions feedbackId={feedback.id} status={feedback.status} />
          </Panel>
          <Panel title="Lịch sử xử lý" id="lich-su">
            {history.length === 0 ? (
              <p className="text-slate-700">Chưa có thao tác nào.</p>
            ) : (
              <ol className="space-y-4">
                {history.map((h) => (
                  <li key={String(h.id)} className="border-b border-slate-200 pb-3 last:border-0">
                    <p className="font-medium text-slate-900">
                      {actionLabel(h.action, h.entity)} – {h.user?.name ?? 'Không xác định'}
                    </p>
                    <p className="mb-2 text-sm text-slate-600">{formatDateTime(h.createdAt)}</p>
                    <AuditDiff entity={h.entity} before={h.before} after={h.after} refs={refs} caption={`Thay đổi lúc ${formatDateTime(h.createdAt)}`} />
                  </li>
                ))}
              </ol>
            )}
          </Panel>
        </div>
      </div>
    </>
  );
}
