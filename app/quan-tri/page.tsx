import Link from 'next/link';

import { HeadlineStats } from '@/components/site/headline-stats';
import { StatCard } from '@/components/ui/card';
import { roleHas, roleLabels } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { countArticlesByStatus } from '@/lib/articles/queries';
import { formatNumber } from '@/lib/format/number';
import { getRepresentativeTasks } from '@/lib/reports/queries';
import { formatPeriod, submissionStateLabels } from '@/lib/format/labels';
import { getHeadlineCounts } from '@/lib/stats/queries';
import { getUnitName, getWorkspaceCounts } from '@/lib/workspace/queries';
import { formatDate } from '@/lib/format/date';

export const metadata = { title: 'Bảng điều khiển' };

export default async function WorkspaceHome() {
  const user = await requirePermission('workspace.view');
  const scoped = user.role === 'DISTRICT_OFFICER' && user.unitId != null;
  const showStats = roleHas(user.role, 'stats.view');
  const showContent = roleHas(user.role, 'article.write');

  // A representative sees its own organization's tasks, never the province's counts.
  const representative = user.role === 'ORG_REPRESENTATIVE';
  const [counts, articleCounts, workspaceCounts, unitName, tasks] = await Promise.all([
    showStats ? getHeadlineCounts(scoped ? { withinUnitId: user.unitId ?? undefined } : {}) : null,
    showContent ? countArticlesByStatus() : null,
    representative ? null : getWorkspaceCounts(),
    scoped && user.unitId != null ? getUnitName(user.unitId) : null,
    representative && user.organizationId != null ? getRepresentativeTasks(user.organizationId) : null,
  ]);

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold text-slate-900">Bảng điều khiển</h1>
        <p className="mt-2 text-lg text-slate-700">
          Xin chào, <strong>{user.name}</strong>. Vai trò: {roleLabels[user.role]}
          {unitName ? ` – địa bàn ${unitName}` : ''}.
        </p>
      </header>

      {tasks ? (
        <section aria-labelledby="viec-can-lam">
          <h2 id="viec-can-lam" className="mb-3 text-xl font-bold">
            Việc cần làm
          </h2>
          {tasks.length > 0 ? (
            <ul className="space-y-2">
              {tasks.map((t) => (
                <li key={t.id} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
                  <Link href={`/quan-tri/bao-cao/${t.period.id}/${user.organizationId}`} className="font-medium text-brand-800 hover:underline">
                    Báo cáo kỳ {formatPeriod(t.period.kind, t.period.year)}
                  </Link>{' '}
                  – {t.state === 'RETURNED' ? submissionStateLabels.RETURNED : t.enteredAt ? 'bản nháp chưa gửi' : 'chưa nhập'}, hạn nộp {formatDate(t.period.deadline)}
                  {t.state === 'RETURNED' && t.returnReason ? <span className="block text-slate-700">Lý do trả lại: {t.returnReason}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">Không có báo cáo nào cần nhập hoặc sửa.</p>
          )}
          <p className="mt-3">
            <Link href="/quan-tri/to-chuc-cua-toi" className="font-medium text-brand-800 hover:underline">
              Xem tổ chức của tôi ›
            </Link>
          </p>
        </section>
      ) : null}

      {showContent && articleCounts ? (
        <section aria-labelledby="noi-dung">
          <h2 id="noi-dung" className="mb-3 text-xl font-bold">
            Tin bài và văn bản
          </h2>
          <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
            <StatCard label="Tin bài chờ duyệt" value={formatNumber(articleCounts.IN_REVIEW ?? 0)} />
            <StatCard label="Bản nháp" value={formatNumber(articleCounts.DRAFT ?? 0)} />
            <StatCard label="Tin bài đã xuất bản" value={formatNumber(articleCounts.PUBLISHED ?? 0)} />
            <StatCard label="Văn bản đang đăng" value={formatNumber(workspaceCounts?.publishedDocuments ?? 0)} />
          </dl>
          <p className="mt-3">
            <Link href="/quan-tri/tin-bai" className="font-medium text-brand-800 hover:underline">
              Xem danh sách tin bài ›
            </Link>
          </p>
        </section>
      ) : null}

      {roleHas(user.role, 'feedback.manage') ? (
        <section aria-labelledby="y-kien">
          <h2 id="y-kien" className="mb-3 text-xl font-bold">
            Ý kiến bạn đọc
          </h2>
          <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
            <StatCard label="Ý kiến mới chưa xử lý" value={formatNumber(workspaceCounts?.newFeedback ?? 0)} />
          </dl>
        </section>
      ) : null}

      {roleHas(user.role, 'report.approve') ? (
        <section aria-labelledby="bao-cao">
          <h2 id="bao-cao" className="mb-3 text-xl font-bold">
            Báo cáo định kỳ
          </h2>
          <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
            <StatCard label="Báo cáo đã gửi, chờ duyệt" value={formatNumber(workspaceCounts?.submittedReports ?? 0)} />
          </dl>
        </section>
      ) : null}

      {counts ? (
        <section aria-labelledby="kttt">
          <h2 id="kttt" className="mb-3 text-xl font-bold">
            Kinh tế tập thể {unitName ? `– ${unitName}` : 'toàn tỉnh'}
          </h2>
          <HeadlineStats counts={counts} />
        </section>
      ) : null}

      {roleHas(user.role, 'user.manage') ? (
        <section aria-labelledby="tai-khoan">
          <h2 id="tai-khoan" className="mb-3 text-xl font-bold">
            Tài khoản
          </h2>
          <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
            <StatCard label="Người dùng" value={formatNumber(workspaceCounts?.users ?? 0)} />
            <StatCard label="Đang hoạt động" value={formatNumber(workspaceCounts?.activeUsers ?? 0)} />
          </dl>
        </section>
      ) : null}
    </div>
  );
}
