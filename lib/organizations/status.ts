/**
 * The status of an organization is a dated history (StatusChange); the current status
 * (Organization.status) is derived from it: the latest entry effective on or before today.
 * This module holds the rules of that history (which change may follow which) as pure functions,
 * shared by the actions, the forms (which statuses to offer) and the tests.
 */
import { formatDate } from '@/lib/format/date';
import type { OrgStatus } from '@/lib/generated/prisma/enums';
import { ORG_STATUS_LABELS, TERMINAL_STATUSES } from '@/lib/organizations/sectors';

/**
 * What may follow what. Suspended organizations may resume, or move on to dissolution; an
 * organization awaiting dissolution may still resume (the decision is withdrawn) or end. Nothing
 * follows an end (dissolved, bankrupt, revoked, converted, merged): a wrong end is corrected, not
 * followed.
 */
export const STATUS_TRANSITIONS: Record<OrgStatus, readonly OrgStatus[]> = {
  ACTIVE: ['SUSPENDED', 'AWAITING_DISSOLUTION', 'DISSOLVED', 'BANKRUPT', 'REVOKED', 'CONVERTED', 'MERGED'],
  SUSPENDED: ['ACTIVE', 'AWAITING_DISSOLUTION', 'DISSOLVED', 'BANKRUPT', 'REVOKED', 'CONVERTED', 'MERGED'],
  AWAITING_DISSOLUTION: ['ACTIVE', 'DISSOLVED', 'BANKRUPT', 'REVOKED', 'MERGED'],
  DISSOLVED: [],
  BANKRUPT: [],
  REVOKED: [],
  CONVERTED: [],
  MERGED: [],
};

/** The change as staff name it when recording it ("Tạm ngừng hoạt động", "Hoạt động trở lại"). */
export const STATUS_ACTION_LABELS: Record<OrgStatus, string> = {
  ACTIVE: 'Hoạt động trở lại',
  SUSPENDED: 'Tạm ngừng hoạt động',
  AWAITING_DISSOLUTION: 'Chờ giải thể',
  DISSOLVED: 'Giải thể',
  BANKRUPT: 'Phá sản',
  REVOKED: 'Thu hồi giấy chứng nhận đăng ký',
  CONVERTED: 'Chuyển đổi thành tổ chức khác',
  MERGED: 'Sáp nhập vào tổ chức khác',
};

/** Statuses that name a successor organization (Organization.successorId). */
export const SUCCESSOR_STATUSES: readonly OrgStatus[] = ['CONVERTED', 'MERGED'];

export function needsSuccessor(status: OrgStatus): boolean {
  return SUCCESSOR_STATUSES.includes(status);
}

export function isTerminal(status: OrgStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

export type HistoryEntry = { id: number; status: OrgStatus; effectiveOn: Date };

/** Oldest first; entries of the same day in the order they were recorded. */
export function sortHistory<T extends HistoryEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.effectiveOn.getTime() - b.effectiveOn.getTime() || a.id - b.id);
}

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The status in force on `todayIso` (YYYY-MM-DD): the latest entry effective on or before it.
 * null when no entry is in force yet (the caller keeps what it has).
 */
export function deriveStatus(entries: readonly HistoryEntry[], todayIso: string): OrgStatus | null {
  const inForce = sortHistory(entries).filter((e) => isoOf(e.effectiveOn) <= todayIso);
  return inForce.length > 0 ? inForce[inForce.length - 1].status : null;
}

/** Why `to` cannot follow `from`, or null when it may. */
export function transitionError(from: OrgStatus, to: OrgStatus, since?: Date): string | null {
  if (isTerminal(from)) {
    const when = since ? ` từ ngày ${formatDate(since)}` : '';
    return `Tổ chức đã ở tình trạng “${ORG_STATUS_LABELS[from]}”${when}: không thể ghi nhận thay đổi nào sau đó. Nếu mục đó ghi sai, hãy sửa lại mục đó trong lịch sử trạng thái.`;
  }
  if (from === to) return `Tổ chức đang ở tình trạng “${ORG_STATUS_LABELS[from]}”.`;
  if (STATUS_TRANSITIONS[from].includes(to)) return null;
  return `Không thể chuyển từ “${ORG_STATUS_LABELS[from]}” sang “${ORG_STATUS_LABELS[to]}”.`;
}

/** Statuses that may be recorded after `from`. */
export function nextStatuses(from: OrgStatus): readonly OrgStatus[] {
  return STATUS_TRANSITIONS[from];
}

/**
 * Checks a whole history (after a correction): every entry must be a change allowed after the one
 * before it. Returns the first problem, naming the date, or null.
 */
export function historyError(entries: readonly HistoryEntry[]): string | null {
  const sorted = sortHistory(entries);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    const error = transitionError(prev.status, cur.status, prev.effectiveOn);
    if (error) {
      return `Lịch sử trạng thái sẽ không hợp lệ: ngày ${formatDate(cur.effectiveOn)} ghi “${ORG_STATUS_LABELS[cur.status]}” sau “${ORG_STATUS_LABELS[prev.status]}” (${formatDate(prev.effectiveOn)}). ${error}`;
    }
  }
  return null;
}
