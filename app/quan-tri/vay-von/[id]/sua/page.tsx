import { notFound } from 'next/navigation';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { LoanForm } from '@/components/support/loan-form';
import { DeleteRecordButton } from '@/components/workspace/delete-record';
import { requirePermission } from '@/lib/auth/session';
import { isoDate } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { deleteLoan, updateLoan } from '@/lib/loans/actions';
import { getLoan } from '@/lib/loans/queries';
import { parseId } from '@/lib/organizations/filters';
import { enumOptions, LOAN_FUND_LABELS } from '@/lib/support/labels';

export const metadata = { title: 'Sửa khoản vay' };

export default async function EditLoanPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('support.manage');
  const id = parseId((await params).id);
  const loan = id ? await getLoan(id) : null;
  if (!loan) notFound();
  const day = (d: Date | null) => (d ? isoDate(d) : '');
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/vay-von', label: 'Vay vốn' }, { label: `Khoản vay của ${loan.organization.name}` }]} />
      <PageTitle>Sửa khoản vay của {loan.organization.name}</PageTitle>
      <LoanForm
        action={updateLoan.bind(null, loan.id)}
        initial={{
          fund: loan.fund,
          contractNumber: loan.contractNumber ?? '',
          principal: formatNumber(loan.principal),
          outstanding: formatNumber(loan.outstanding),
          overdue: loan.overdue > 0n ? formatNumber(loan.overdue) : '',
          interestRate: loan.interestRate ? loan.interestRate.toString().replace('.', ',') : '',
          purpose: loan.purpose ?? '',
          disbursedOn: day(loan.disbursedOn),
          maturesOn: day(loan.maturesOn),
          repaidOn: day(loan.repaidOn),
        }}
        borrower={[{ id: loan.organization.id, name: loan.organization.name, detail: `${loan.organization.unit.type} ${loan.organization.unit.name}` }]}
        funds={enumOptions(LOAN_FUND_LABELS)}
        submitLabel="Lưu thay đổi"
        cancelHref="/quan-tri/vay-von"
      />
      <div className="mt-10 border-t border-slate-200 pt-6">
        <DeleteRecordButton action={deleteLoan.bind(null, loan.id)} trigger="Xóa khoản vay" title="Xóa khoản vay này?">
          <p>
            Khoản vay {loan.contractNumber ? `hợp đồng số ${loan.contractNumber} ` : ''}của <strong>{loan.organization.name}</strong> sẽ bị xóa. Thao tác được ghi vào nhật ký.
          </p>
        </DeleteRecordButton>
      </div>
    </>
  );
}
