import Link from 'next/link';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { formatDate, formatDateTime, isoDate } from '@/lib/format/date';
import { publicFeedbackStatusLabels, type FeedbackLookup } from '@/lib/feedback/lookup';

export type LookupResult =
  | { kind: 'empty' }
  | { kind: 'invalid'; typed: string }
  | { kind: 'unknown'; code: string }
  | { kind: 'found'; feedback: FeedbackLookup };

/**
 * The tracking page, shared by /y-kien/tra-cuu (form only) and its cached per-code route
 * (/y-kien/tra-cuu?ma=… served from bo-loc/<segment>). Shows what the sender may see, never
 * their contact details.
 */
export function FeedbackLookupView({ result }: { result: LookupResult }) {
  const typed = result.kind === 'invalid' ? result.typed : result.kind === 'unknown' ? result.code : result.kind === 'found' ? result.feedback.code : '';
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { href: '/y-kien', label: 'Ý kiến' }, { label: 'Tra cứu ý kiến' }]} />
      <PageTitle description="Nhập mã tra cứu được cấp khi gửi ý kiến (dạng YK-XXXX-XXXX) để xem tình trạng xử lý và câu trả lời của Liên minh.">
        Tra cứu ý kiến
      </PageTitle>

      <form action="/y-kien/tra-cuu" method="get" className="flex max-w-xl flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-5">
        <div className="min-w-0 flex-1">
          <label htmlFor="ma-tra-cuu" className="block font-medium text-slate-800">
            Mã tra cứu
          </label>
          <input
            id="ma-tra-cuu"
            name="ma"
            defaultValue={typed}
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="YK-XXXX-XXXX"
            aria-describedby={result.kind === 'invalid' || result.kind === 'unknown' ? 'ket-qua-tra-cuu' : undefined}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 font-mono text-base uppercase"
          />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800">
          Tra cứu
        </button>
      </form>

      <div className="mt-8 max-w-3xl">
        {result.kind === 'invalid' ? (
          <p id="ket-qua-tra-cuu" role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 font-medium text-red-800">
            Mã “{result.typed.slice(0, 40)}” không đúng định dạng. Mã tra cứu gồm chữ YK và 8 ký tự chữ, số, ví dụ
            YK-7Q3M-K9TD.
          </p>
        ) : null}
        {result.kind === 'unknown' ? (
          <p id="ket-qua-tra-cuu" role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 font-medium text-red-800">
            Không tìm thấy ý kiến nào có mã {result.code}. Vui lòng kiểm tra lại mã, hoặc liên hệ Liên minh nếu bạn
            đã gửi ý kiến mà không nhận được mã.
          </p>
        ) : null}
        {result.kind === 'found' ? <FeedbackCard feedback={result.feedback} /> : null}
        {result.kind === 'empty' ? (
          <p className="text-slate-700">
            Chưa gửi ý kiến?{' '}
            <Link href="/y-kien" className="font-medium text-brand-800 underline">
              Gửi ý kiến
            </Link>
          </p>
        ) : null}
      </div>
    </>
  );
}

function FeedbackCard({ feedback }: { feedback: FeedbackLookup }) {
  return (
    <section aria-labelledby="y-kien-tieu-de" className="rounded-lg border border-slate-200 bg-white p-6">
      <p className="text-sm font-medium text-slate-600">Ý kiến {feedback.code}</p>
      <h2 id="y-kien-tieu-de" className="mt-1 text-2xl font-bold text-slate-900">
        {feedback.subject}
      </h2>
      <dl className="mt-4 grid gap-3 sm:grid-cols-2">
        <div>
          <dt className="font-medium text-slate-600">Ngày gửi</dt>
          <dd>
            <time dateTime={isoDate(feedback.createdAt)}>{formatDate(feedback.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-600">Tình trạng</dt>
          <dd className="font-semibold text-brand-800">{publicFeedbackStatusLabels[feedback.status]}</dd>
        </div>
      </dl>
      {feedback.reply ? (
        <div className="mt-6 border-t border-slate-200 pt-5">
          <h3 className="text-xl font-semibold text-slate-900">Trả lời của Liên minh</h3>
          {feedback.repliedAt ? (
            <p className="mt-1 text-sm text-slate-600">
              Ngày trả lời: <time dateTime={feedback.repliedAt.toISOString()}>{formatDateTime(feedback.repliedAt)}</time>
            </p>
          ) : null}
          <div className="mt-3 space-y-3 text-slate-800">
            {feedback.reply.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i} className="whitespace-pre-line">
                {paragraph}
              </p>
            ))}
          </div>
        </div>
      ) : (
        <p className="mt-6 border-t border-slate-200 pt-5 text-slate-700">
          Chưa có câu trả lời được công bố. Vui lòng quay lại tra cứu sau.
        </p>
      )}
    </section>
  );
}
