import Link from 'next/link';

import { roleHas } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { formatDate } from '@/lib/format/date';
import { formatMoney } from '@/lib/format/number';
import type { Role } from '@/lib/generated/prisma/enums';
import { loanStatusSql } from '@/lib/loans/queries';
import { AWARD_TYPE_LABELS, LOAN_FUND_LABELS, LOAN_STATUS_LABELS, SUPPORT_KIND_LABELS, type LoanStatus } from '@/lib/support/labels';
import type { LoanFund } from '@/lib/generated/prisma/enums';

const SHOWN = 20;

/**
 * The organization's loans, support received and awards, read-only, on its workspace page. Links
 * lead to the records for those who may open the support, loan and award lists.
 */
export async function OrganizationSupport({ organizationId, role }: { organizationId: number; role: Role }) {
  const linked = roleHas(role, 'support.read');
  const [loans, activities, awards] = await Promise.all([
    prisma.$queryRaw<{ id: number; fund: LoanFund; contractNumber: string | null; principal: bigint; outstanding: bigint; disbursedOn: Date; status: LoanStatus }[]>`
      SELECT l.id, l.fund::text AS fund, l."contractNumber", l.principal, l.outstanding, l."disbursedOn", ${loanStatusSql()} AS status
      FROM "Loan" l WHERE l."organizationId" = ${organizationId} ORDER BY l."disbursedOn" DESC, l.id DESC LIMIT ${SHOWN}`,
    prisma.supportActivity.findMany({
      where: { organizations: { some: { organizationId } } },
      select: { id: true, kind: true, title: true, startsOn: true },
      orderBy: [{ startsOn: 'desc' }, { id: 'desc' }],
      take: SHOWN,
    }),
    prisma.award.findMany({
      where: { organizationId },
      select: { id: true, year: true, type: true, title: true, decisionNumber: true },
      orderBy: [{ year: 'desc' }, { id: 'desc' }],
      take: SHOWN,
    }),
  ]);
  const link = 'text-brand-800 underline';
  return (
    <section id="ho-tro-vay-von-khen-thuong" aria-labelledby="ho-tro-title" className="mb-10 scroll-mt-4">
      <h2 id="ho-tro-title" className="mb-4 text-2xl font-bold">
        Hỗ trợ, vay vốn và khen thưởng
      </h2>
      <div className="grid gap-6 lg:grid-cols-3">
        <div>
          <h3 className="mb-2 text-lg font-semibold">Vay vốn</h3>
          {loans.length ? (
            <ul className="space-y-2">
              {loans.map((l) => (
                <li key={l.id}>
                  {linked ? (
                    <Link href={`/quan-tri/vay-von/${l.id}/sua`} className={link}>
                      {LOAN_FUND_LABELS[l.fund]}
                    </Link>
                  ) : (
                    LOAN_FUND_LABELS[l.fund]
                  )}
                  <span className="block text-sm text-slate-700">
                    {formatMoney(l.principal)}, giải ngân {formatDate(l.disbursedOn)}; dư nợ {formatMoney(l.outstanding)} – {LOAN_STATUS_LABELS[l.status]}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">Chưa có khoản vay nào.</p>
          )}
        </div>
        <div>
          <h3 className="mb-2 text-lg font-semibold">Được hỗ trợ</h3>
          {activities.length ? (
            <ul className="space-y-2">
              {activities.map((a) => (
                <li key={a.id}>
                  {linked ? (
                    <Link href={`/quan-tri/ho-tro/${a.id}`} className={link}>
                      {a.title}
                    </Link>
                  ) : (
                    a.title
                  )}
                  <span className="block text-sm text-slate-700">
                    {SUPPORT_KIND_LABELS[a.kind]}, {formatDate(a.startsOn)}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">Chưa ghi nhận hoạt động hỗ trợ nào.</p>
          )}
        </div>
        <div>
          <h3 className="mb-2 text-lg font-semibold">Khen thưởng</h3>
          {awards.length ? (
            <ul className="space-y-2">
              {awards.map((w) => (
                <li key={w.id}>
                  {linked ? (
                    <Link href={`/quan-tri/khen-thuong?nam=${w.year}&q=${encodeURIComponent(w.decisionNumber)}`} className={link}>
                      {AWARD_TYPE_LABELS[w.type]} năm {w.year}
                    </Link>
                  ) : (
                    `${AWARD_TYPE_LABELS[w.type]} năm ${w.year}`
                  )}
                  <span className="block text-sm text-slate-700">
                    {w.title} (QĐ {w.decisionNumber})
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">Chưa có khen thưởng nào.</p>
          )}
        </div>
      </div>
    </section>
  );
}
