import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { LoanForm } from '@/components/support/loan-form';
import { requirePermission } from '@/lib/auth/session';
import { createLoan } from '@/lib/loans/actions';
import { enumOptions, LOAN_FUND_LABELS } from '@/lib/support/labels';

export const metadata = { title: 'Thêm khoản vay' };

export default async function NewLoanPage() {
  await requirePermission('support.manage');
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/vay-von', label: 'Vay vốn' }, { label: 'Thêm khoản vay' }]} />
      <PageTitle>Thêm khoản vay</PageTitle>
      <LoanForm action={createLoan} initial={{}} borrower={[]} funds={enumOptions(LOAN_FUND_LABELS)} submitLabel="Lưu khoản vay" cancelHref="/quan-tri/vay-von" />
    </>
  );
}
