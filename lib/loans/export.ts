import 'server-only';

import type { LoanRow, LoanTotals } from '@/lib/loans/queries';
import { LOAN_FUND_LABELS, LOAN_STATUS_LABELS } from '@/lib/support/labels';
import { moneyCell, sheetWorkbook, type SheetColumn } from '@/lib/support/xlsx';

export const LOAN_SHEET_NAME = 'Vay vốn';

export const LOAN_COLUMNS: readonly SheetColumn[] = [
  { header: 'STT', key: 'index', width: 6 },
  { header: 'Tổ chức vay', key: 'organization', width: 48 },
  { header: 'Địa bàn', key: 'unit', width: 24 },
  { header: 'Nguồn vốn', key: 'fund', width: 28 },
  { header: 'Số hợp đồng', key: 'contractNumber', width: 20 },
  { header: 'Số tiền vay (đồng)', key: 'principal', width: 18, type: 'money' },
  { header: 'Dư nợ (đồng)', key: 'outstanding', width: 18, type: 'money' },
  { header: 'Nợ quá hạn (đồng)', key: 'overdue', width: 18, type: 'money' },
  { header: 'Lãi suất (%/năm)', key: 'interestRate', width: 12, type: 'percent' },
  { header: 'Ngày giải ngân', key: 'disbursedOn', width: 14, type: 'date' },
  { header: 'Ngày đáo hạn', key: 'maturesOn', width: 14, type: 'date' },
  { header: 'Ngày tất toán', key: 'repaidOn', width: 14, type: 'date' },
  { header: 'Tình trạng', key: 'status', width: 14 },
  { header: 'Mục đích vay', key: 'purpose', width: 50 },
];

export async function loansWorkbook(rows: LoanRow[], totals: LoanTotals, title: string): Promise<Buffer> {
  return sheetWorkbook({
    title,
    sheetName: LOAN_SHEET_NAME,
    columns: LOAN_COLUMNS,
    rows: rows.map((l, i) => ({
      index: i + 1,
      organization: l.organizationName,
      unit: l.unit,
      fund: LOAN_FUND_LABELS[l.fund],
      contractNumber: l.contractNumber,
      principal: moneyCell(l.principal),
      outstanding: moneyCell(l.outstanding),
      overdue: moneyCell(l.overdue),
      interestRate: l.interestRate === null ? null : Number(l.interestRate),
      disbursedOn: l.disbursedOn,
      maturesOn: l.maturesOn,
      repaidOn: l.repaidOn,
      status: LOAN_STATUS_LABELS[l.status],
      purpose: l.purpose,
    })),
    totals: {
      organization: `Tổng cộng: ${totals.loans} khoản vay`,
      principal: moneyCell(totals.principal),
      outstanding: moneyCell(totals.outstanding),
      overdue: moneyCell(totals.overdue),
    },
  });
}
