/** Filters of the loan list in the URL (`/quan-tri/vay-von?quy=…&tinh-trang=qua-han&don-vi=…&nam=2025&q=…`). */
import type { LoanFund } from '@/lib/generated/prisma/enums';
import { normalizeQuery, parseId } from '@/lib/organizations/filters';
import { LOAN_FUND_PARAMS, LOAN_STATUS_PARAMS, lookupParam, param, paramOf, parsePageParam, parseYearParam, queryString, type LoanStatus } from '@/lib/support/labels';

export type LoanFilters = { fund?: LoanFund; status?: LoanStatus; unitId?: number; year?: number; q?: string; page: number };

type Source = URLSearchParams | Record<string, string | string[] | undefined>;

export function parseLoanFilters(source: Source): LoanFilters {
  return {
    fund: lookupParam(LOAN_FUND_PARAMS, param(source, 'quy')),
    status: lookupParam(LOAN_STATUS_PARAMS, param(source, 'tinh-trang')),
    unitId: parseId(param(source, 'don-vi')) ?? undefined,
    year: parseYearParam(param(source, 'nam')),
    q: normalizeQuery(param(source, 'q')),
    page: parsePageParam(param(source, 'trang')),
  };
}

export function loanParams(f: LoanFilters, withPage = true): Record<string, string | undefined> {
  return {
    quy: paramOf(LOAN_FUND_PARAMS, f.fund),
    'tinh-trang': paramOf(LOAN_STATUS_PARAMS, f.status),
    'don-vi': f.unitId ? String(f.unitId) : undefined,
    nam: f.year ? String(f.year) : undefined,
    q: f.q,
    trang: withPage && f.page > 1 ? String(f.page) : undefined,
  };
}

export const loanQuery = (f: LoanFilters, withPage = true) => queryString(loanParams(f, withPage));
export const hasLoanFilters = (f: LoanFilters) => Boolean(f.fund || f.status || f.unitId || f.year || f.q);
