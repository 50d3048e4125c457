/**
 * What importing a spreadsheet would do, row by row, without writing anything: the preview the
 * user reads, and the plan the import executes. The same function runs for the preview and again
 * inside the import's transaction, so the import writes exactly what a fresh preview would show.
 *
 * Each organization row goes through the register's own form schema (organizationSchema), after
 * the spreadsheet's words are turned into the form's values ("HTX" → COOPERATIVE, a commune name →
 * its unit id within the user's scope). A row matches an existing organization by registration
 * number, else by name within the same unit (case, diacritics and "HTX"/"Hợp tác xã" ignored): a
 * match is an update, in which empty cells keep the value on record. Member rows go through the
 * member form's schema, and the Law's membership rules (kept as data) are checked on each
 * organization's membership as it would be after the import.
 *
 * No Next.js or session here: the caller passes the user (actions, the benchmark script).
 */
import { createHash } from 'node:crypto';

import { auditDiff, auditValue } from '@/lib/audit';
import { organizationAuditSelect as auditColumns } from '@/lib/organizations/audit-select';
import type { SessionUser } from '@/lib/auth/options';
import { scopedRoles } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db';
import { formatMoney } from '@/lib/format/number';
import { Prisma } from '@/lib/generated/prisma/client';
import type { MemberKind, MemberType, OrgKind } from '@/lib/generated/prisma/enums';
import { memberSchema, parseMoney, type MemberInput } from '@/lib/members/schema';
import { fieldLabel, formatFieldValue } from '@/lib/organizations/fields';
import { organizationFormValues } from '@/lib/organizations/form-values';
import { organizationSchema, type OrganizationInput } from '@/lib/organizations/schema';
import { sectorGroupOf } from '@/lib/organizations/sectors';
import { compareOutcomes, evaluateMembershipRules, type MembershipState, type RuleRow, type Violation } from '@/lib/rules/membership';

import { EXAMPLE_MARK, fieldLabelOf, moneyMultiplier, ORGANIZATION_FIELDS, type ColumnMapping, type Target } from './fields';
import { fold, foldName } from './fold';
import { columnLetter, isBlankRow, type CellNote, type ParsedSheet } from './sheet';
import {
  emptyTotals,
  type Change,
  type ImportMapping,
  type MemberPreviewRow,
  type OrganizationPreviewRow,
  type Preview,
  type RowMessage,
  type SheetMapping,
  type Totals,
} from './types';
import { UnitResolver, unitLabel, type UnitRow } from './units';
import {
  convertDate,
  convertMoney,
  convertTaxCode,
  kindFromName,
  parseAlliance,
  parseBool,
  parseGender,
  parseKind,
  parseMemberKind,
  parseMemberType,
  parseSector,
  type Converted,
} from './values';

type Reader = Db | Prisma.TransactionClient;

/** The columns an organization's audit rows compare, with its id (lib/organizations/audit-select.ts). */
export const organizationAuditSelect = { id: true, ...auditColumns } satisfies Prisma.OrganizationSelect;

type ExistingOrganization = Prisma.OrganizationGetPayload<{ select: typeof organizationAuditSelect }>;

/** The data an organization row writes: the form's input plus the group derived from the sector. */
export type OrganizationData = OrganizationInput & { sectorGroup: ReturnType<typeof sectorGroupOf> };

export type PlannedCreate = { row: number; data: OrganizationData };
export type PlannedUpdate = {
  row: number;
  id: number;
  slug: string;
  version: number;
  data: OrganizationData;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

/** Where a member belongs: an existing organization, or one this import creates (by its row). */
export type OrganizationRef = { id: number } | { createRow: number };

export type PlannedMemberCreate = { row: number; org: OrganizationRef; data: MemberInput; capital: bigint | null };
export type PlannedMemberUpdate = { row: number; id: number; organizationId: number; data: MemberInput; before: Record<string, unknown>; after: Record<string, unknown> };

export type ImportPlan = {
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  memberCreates: PlannedMemberCreate[];
  memberUpdates: PlannedMemberUpdate[];
  /** Existing organizations whose members change (their version is bumped, as the member forms do). */
  touchedOrganizationIds: number[];
  skippedRows: number;
};

export type Analysis = { preview: Preview; plan: ImportPlan };

export class MappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MappingError';
  }
}

// ───────────────────────────── Reading rows ─────────────────────────────

type SheetRows = {
  sheet: ParsedSheet;
  headers: string[];
  /** Data rows (index into sheet.rows) below the headers, blank and total rows left out. */
  rows: number[];
  ignored: number;
  notes: Map<string, CellNote[]>;
};

const noteKey = (row: number, col: number) => `${row}:${col}`;

const EXAMPLE_FOLDED = fold(EXAMPLE_MARK);

/** A row that only numbers the columns ("(1) (2) (3)" under the headers of official forms). */
function isColumnNumbering(row: readonly string[]): boolean {
  const filled = row.filter((c) => c.trim() !== '');
  return filled.length >= 2 && filled.every((c) => /^\(?\d{1,3}\)?$/.test(c.trim()) || /^\([a-z]\)$/i.test(c.trim()));
}

function sheetRows(sheets: ParsedSheet[], mapping: SheetMapping, target: Target): SheetRows {
  const sheet = sheets[mapping.sheet];
  if (!sheet) throw new MappingError('Trang tính đã chọn không còn trong tệp: hãy chọn lại.');
  const headers = sheet.rows[mapping.headerRow] ?? [];
  const nameCol = Object.entries(mapping.columns).find(([, k]) => k === 'name')?.[0];
  const rows: number[] = [];
  let ignored = 0;
  for (let r = mapping.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (isBlankRow(row)) continue;
    if (rows.length === 0 && isColumnNumbering(row)) {
      ignored++;
      continue;
    }
    const name = nameCol !== undefined ? fold(row[Number(nameCol)] ?? '') : '';
    if (name.includes(EXAMPLE_FOLDED)) {
      ignored++;
      continue;
    }
    // "Tổng cộng", "Cộng" rows at the foot of a list are sums, not organizations or members.
    if (/^(tong cong|tong so)\b/.test(name) || /^(cong|tong)$/.test(name) || (target === 'organizations' && /^(tong cong|tong so)\b/.test(fold(row.join(' '))))) {
      ignored++;
      continue;
    }
    rows.push(r);
  }
  const notes = new Map<string, CellNote[]>();
  for (const n of sheet.notes) notes.set(noteKey(n.row, n.col), [...(notes.get(noteKey(n.row, n.col)) ?? []), n]);
  return { sheet, headers, rows, ignored, notes };
}

/** The cells of one row by field key, with the reader's notes on those cells. */
function rowReader(s: SheetRows, columns: ColumnMapping, r: number, target: Target) {
  const row = s.sheet.rows[r] ?? [];
  const colOf = new Map<string, number>();
  for (const [col, key] of Object.entries(columns)) colOf.set(key, Number(col));
  const messages: RowMessage[] = [];
  for (const [key, col] of colOf) {
    for (const n of s.notes.get(noteKey(r, col)) ?? []) {
      messages.push({ level: n.level, text: `${fieldLabelOf(target, key)} (ô ${columnLetter(col)}${r + 1}): ${n.text}` });
    }
  }
  return {
    has: (key: string) => colOf.has(key),
    get: (key: string) => {
      const col = colOf.get(key);
      return col === undefined ? '' : (row[col] ?? '').trim();
    },
    header: (key: string) => {
      const col = colOf.get(key);
      return col === undefined ? '' : (s.headers[col] ?? '');
    },
    messages,
  };
}

// ───────────────────────────── Organizations ─────────────────────────────

const upperReg = (s: string) => s.normalize('NFC').replace(/\s+/g, '').toUpperCase();

const EMPTY_FORM: Record<string, string> = { allianceMembership: 'NONE' };

type OrgRowState = {
  preview: OrganizationPreviewRow;
  /** The row's values in the form's terms, before they are merged with the record's. */
  form: Record<string, string>;
  input: OrganizationInput | null;
  existing: ExistingOrganization | null;
  regKey: string | null;
  nameKey: string | null;
};

function changesOf(before: Record<string, unknown>, after: Record<string, unknown>, units: Map<number, string>): Change[] {
  const lookups = { units, organizations: new Map<number, string>() };
  return Object.keys(after)
    .filter((k) => k !== 'version')
    .map((k) => ({ label: fieldLabel(k), before: formatFieldValue(k, before[k], lookups), after: formatFieldValue(k, after[k], lookups) }));
}

async function loadExisting(db: Reader, regs: string[], unitIds: number[]): Promise<{ byReg: Map<string, ExistingOrganization>; byUnitName: Map<string, ExistingOrganization[]> }> {
  const byReg = new Map<string, ExistingOrganization>();
  if (regs.length > 0) {
    const ids = await db.$queryRaw<{ id: number }[]>`
      SELECT id FROM "Organization" WHERE upper("registrationNumber") = ANY(${regs}::text[])`;
    if (ids.length > 0) {
      const rows = await db.organization.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: organizationAuditSelect });
      for (const o of rows) if (o.registrationNumber) byReg.set(upperReg(o.registrationNumber), o);
    }
  }
  const byUnitName = new Map<string, ExistingOrganization[]>();
  if (unitIds.length > 0) {
    const rows = await db.organization.findMany({ where: { unitId: { in: unitIds }, deletedAt: null }, select: organizationAuditSelect });
    for (const o of rows) {
      const key = `${o.unitId}|${foldName(o.name)}`;
      byUnitName.set(key, [...(byUnitName.get(key) ?? []), o]);
    }
  }
  return { byReg, byUnitName };
}

type FieldConverter = (text: string, header: string) => Converted;

const ORG_CONVERTERS: Partial<Record<string, FieldConverter>> = {
  kind: (t) => parseKind(t),
  sector: (t) => parseSector(t),
  allianceMembership: (t) => parseAlliance(t),
  establishedOn: (t) => convertDate(t),
  allianceJoinedOn: (t) => convertDate(t),
  charterCapital: (t, h) => convertMoney(t, moneyMultiplier(h)),
  taxCode: (t) => convertTaxCode(t),
  isNewModel: (t) => parseBool(t, 'HTX kiểu mới'),
  hasValueChainLink: (t) => parseBool(t, 'Liên kết chuỗi giá trị'),
  hasVietGap: (t) => parseBool(t, 'Chứng nhận VietGAP'),
  hasGlobalGap: (t) => parseBool(t, 'Chứng nhận GlobalGAP'),
};

/** "Mã số thuế: …" unless the message already starts with the field's name. */
function withLabel(label: string, message: string): string {
  return fold(message).startsWith(fold(label)) ? message : `${label}: ${message}`;
}

/** Form field → import field label, for the schema's messages. */
function orgFieldLabel(key: string): string {
  if (key === 'unitId') return 'Xã/phường';
  return ORGANIZATION_FIELDS.find((f) => f.key === key)?.label ?? fieldLabel(key);
}

function analyzeOrganizationRows(
  s: SheetRows,
  columns: ColumnMapping,
  units: UnitResolver,
  defaultUnit: UnitRow | null,
): { states: OrgRowState[]; unitIds: Set<number>; regs: Set<string> } {
  const states: OrgRowState[] = [];
  const unitIds = new Set<number>();
  const regs = new Set<string>();
  for (const r of s.rows) {
    const read = rowReader(s, columns, r, 'organizations');
    const messages = [...read.messages];
    const form: Record<string, string> = {};
    for (const f of ORGANIZATION_FIELDS) {
      if (f.key === 'unit' || !read.has(f.key)) continue;
      const text = read.get(f.key);
      if (text === '') continue;
      const convert = ORG_CONVERTERS[f.key];
      if (!convert) {
        form[f.key] = text;
        continue;
      }
      const c = convert(text, read.header(f.key));
      if ('error' in c) messages.push({ level: 'error', text: withLabel(f.label, c.error) });
      else {
        if (c.warning) messages.push({ level: 'warning', text: c.warning });
        if (c.value !== '' || f.kind === 'bool') form[f.key] = c.value;
      }
    }
    // A missing kind is read from the name ("Hợp tác xã …", "Tổ hợp tác …").
    if (!form.kind && form.name) {
      const k: OrgKind | null = kindFromName(form.name);
      if (k) form.kind = k;
    }
    if (!form.sector && form.kind === 'CREDIT_FUND') form.sector = 'CREDIT';

    let unit: UnitRow | null = null;
    if (read.has('unit')) {
      const text = read.get('unit');
      // An empty cell: the officer's only unit, or (for an update) the unit on record; a new
      // organization without one is refused once matching has shown it is new.
      if (text === '') unit = defaultUnit;
      else {
        const resolved = units.resolve(text);
        if (resolved.ok) unit = resolved.unit;
        else messages.push({ level: 'error', text: `Xã/phường: ${resolved.message}` });
      }
    } else unit = defaultUnit;
    if (unit) {
      form.unitId = String(unit.id);
      unitIds.add(unit.id);
    }
    const regKey = form.registrationNumber ? upperReg(form.registrationNumber) : null;
    if (regKey) regs.add(regKey);
    states.push({
      preview: {
        row: r + 1,
        outcome: 'error',
        name: form.name ?? read.get('name'),
        unit: unit ? unitLabel(unit) : read.get('unit') || null,
        organizationId: null,
        messages,
        changes: [],
      },
      input: null,
      existing: null,
      regKey,
      nameKey: unit && form.name ? `${unit.id}|${foldName(form.name)}` : null,
      form,
    });
  }
  return { states, unitIds, regs };
}

// ───────────────────────────── Members ─────────────────────────────

type ExistingMember = {
  id: number;
  organizationId: number;
  kind: MemberKind;
  type: MemberType;
  name: string;
  idNumber: string | null;
  birthYear: number | null;
  gender: string | null;
  address: string | null;
  phone: string | null;
  joinedOn: Date;
  leftOn: Date | null;
};

const MEMBER_COMPARED = ['kind', 'type', 'name', 'idNumber', 'birthYear', 'gender', 'address', 'phone', 'joinedOn'] as const;

const MEMBER_LABELS: Record<string, string> = {
  kind: 'Cá nhân/hộ/pháp nhân',
  type: 'Loại thành viên',
  name: 'Họ tên',
  idNumber: 'Số định danh',
  birthYear: 'Năm sinh',
  gender: 'Giới tính',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  joinedOn: 'Ngày gia nhập',
};

function memberChanges(before: Record<string, unknown>, after: Record<string, unknown>): Change[] {
  return Object.keys(after).map((k) => ({
    label: MEMBER_LABELS[k] ?? k,
    before: formatFieldValue(k === 'joinedOn' ? 'effectiveOn' : k, before[k]),
    after: formatFieldValue(k === 'joinedOn' ? 'effectiveOn' : k, after[k]),
  }));
}

// ───────────────────────────── The whole file ─────────────────────────────

export type AnalyzeInput = {
  sheets: ParsedSheet[];
  mapping: ImportMapping;
};

const scopeOf = (user: Pick<SessionUser, 'role' | 'unitId'>) => (scopedRoles.includes(user.role) ? user.unitId : null);

function count(totals: Totals, outcome: keyof Totals, messages: RowMessage[]) {
  totals[outcome]++;
  if (outcome !== 'error' && messages.some((m) => m.level === 'warning')) totals.warning++;
}

export async function analyzeImport(db: Reader, user: SessionUser, input: AnalyzeInput): Promise<Analysis> {
  const { sheets, mapping } = input;
  // A scoped role without a unit has no scope at all, never the whole province.
  if (scopedRoles.includes(user.role) && user.unitId == null) {
    throw new MappingError('Tài khoản của bạn chưa được phân công đơn vị nên chưa nhập được dữ liệu.');
  }
  const scope = scopeOf(user);
  const units = await UnitResolver.load(db, scope);
  const defaultUnit = units.soleUnitInScope();
  const orgMapping = mapping.organizations;
  if (!Object.values(orgMapping.columns).includes('name')) throw new MappingError('Hãy chọn cột chứa tên tổ chức.');
  if (!Object.values(orgMapping.columns).includes('unit') && !defaultUnit) {
    throw new MappingError('Hãy chọn cột Xã/phường (tệp chứa tổ chức của nhiều đơn vị).');
  }

  // ── Organization rows: words → form values, units resolved.
  const orgSheet = sheetRows(sheets, orgMapping, 'organizations');
  const analyzed = analyzeOrganizationRows(orgSheet, orgMapping.columns, units, defaultUnit);
  const states = analyzed.states;
  const existing = await loadExisting(db, [...analyzed.regs], [...analyzed.unitIds]);
  const unitNames = new Map<number, string>();
  const allUnits = await db.administrativeUnit.findMany({ where: { id: { in: [...new Set([...analyzed.unitIds, ...[...existing.byReg.values()].map((o) => o.unitId)])] } }, select: { id: true, type: true, name: true } });
  for (const u of allUnits) unitNames.set(u.id, unitLabel(u));

  // ── Matching and validation, one row at a time.
  for (const st of states) {
    const m = st.preview.messages;
    let match: ExistingOrganization | null = null;
    if (st.regKey) {
      const holder = existing.byReg.get(st.regKey) ?? null;
      if (holder?.deletedAt) {
        m.push({ level: 'error', text: `Số đăng ký: đã thuộc về ${holder.name} (hồ sơ đã xóa; quản trị hệ thống có thể khôi phục).` });
      } else if (holder) match = holder;
    }
    if (!match && st.nameKey) {
      const same = existing.byUnitName.get(st.nameKey) ?? [];
      if (same.length > 1) {
        m.push({ level: 'error', text: `Có ${same.length} tổ chức cùng tên “${st.form.name}” trong ${st.preview.unit}: ghi số đăng ký để biết cập nhật tổ chức nào.` });
      } else if (same.length === 1) {
        const candidate = same[0];
        if (st.regKey && candidate.registrationNumber && upperReg(candidate.registrationNumber) !== st.regKey) {
          m.push({
            level: 'error',
            text: `Trùng tên với ${candidate.name} (${st.preview.unit}) nhưng khác số đăng ký (${candidate.registrationNumber}): kiểm tra lại số đăng ký.`,
          });
        } else match = candidate;
      }
    }
    if (match && !units.inScope(match.unitId)) {
      m.push({ level: 'error', text: `Tổ chức ${match.name} thuộc ${unitNames.get(match.unitId) ?? 'đơn vị khác'}, ngoài phạm vi bạn được phân công.` });
      match = null;
      st.preview.outcome = 'error';
    }
    st.existing = match;

    // The form's values: the record's (for an update, empty cells keep them) overlaid by the row's.
    const base = match ? organizationFormValues(match) : EMPTY_FORM;
    const form = { ...base, ...st.form };
    if (match && !st.form.unitId) {
      form.unitId = String(match.unitId);
      st.preview.unit = unitNames.get(match.unitId) ?? null;
    }
    if (!form.unitId && !m.some((x) => x.text.startsWith('Xã/phường'))) {
      m.push({ level: 'error', text: 'Xã/phường: chưa ghi xã/phường của tổ chức.' });
    }
    const parsed = organizationSchema.safeParse(form);
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '_form');
        if (seen.has(key)) continue;
        seen.add(key);
        // A missing unit was reported already, with the spreadsheet's words.
        if (key === 'unitId' && m.some((x) => x.text.startsWith('Xã/phường'))) continue;
        m.push({ level: 'error', text: withLabel(orgFieldLabel(key), issue.message) });
      }
    } else st.input = parsed.data;
    if (match) st.preview.organizationId = match.id;
    if (st.input) st.preview.name = st.input.name;
  }

  // ── Rows of the file that target the same organization or repeat a registration number.
  const byTarget = new Map<string, OrgRowState[]>();
  for (const st of states) {
    const keys = new Set<string>();
    if (st.regKey) keys.add(`reg:${st.regKey}`);
    if (st.existing) keys.add(`id:${st.existing.id}`);
    else if (st.nameKey && !st.regKey) keys.add(`name:${st.nameKey}`);
    for (const k of keys) byTarget.set(k, [...(byTarget.get(k) ?? []), st]);
  }
  for (const [key, group] of byTarget) {
    if (group.length < 2) continue;
    const rows = group.map((g) => g.preview.row);
    for (const st of group) {
      const others = rows.filter((r) => r !== st.preview.row).join(', ');
      const text = key.startsWith('reg:')
        ? `Số đăng ký ${st.form.registrationNumber} trùng với dòng ${others} trong tệp: chỉ giữ một dòng cho mỗi tổ chức.`
        : key.startsWith('id:')
          ? `Dòng ${others} trong tệp cũng ghi cho tổ chức ${st.existing?.name}: chỉ giữ một dòng cho mỗi tổ chức.`
          : `Tên tổ chức trùng với dòng ${others} trong tệp (cùng xã/phường): chỉ giữ một dòng cho mỗi tổ chức.`;
      if (!st.preview.messages.some((x) => x.text === text)) st.preview.messages.push({ level: 'error', text });
    }
  }

  // ── Outcomes and the plan.
  const plan: ImportPlan = { creates: [], updates: [], memberCreates: [], memberUpdates: [], touchedOrganizationIds: [], skippedRows: 0 };
  const orgTotals = emptyTotals();
  orgTotals.ignored = orgSheet.ignored;
  for (const st of states) {
    const hasError = st.preview.messages.some((x) => x.level === 'error');
    if (hasError || !st.input) {
      st.preview.outcome = 'error';
      st.input = null;
      continue;
    }
    const data: OrganizationData = { ...st.input, sectorGroup: sectorGroupOf(st.input.sector) };
    if (st.existing) {
      const diff = auditDiff<ExistingOrganization>(st.existing, data);
      if (Object.keys(diff.after).length === 0) {
        st.preview.outcome = 'unchanged';
      } else {
        st.preview.outcome = 'update';
        st.preview.changes = changesOf(diff.before, diff.after, unitNames);
        plan.updates.push({ row: st.preview.row, id: st.existing.id, slug: st.existing.slug, version: st.existing.version, data, before: diff.before, after: diff.after });
      }
    } else {
      st.preview.outcome = 'create';
      plan.creates.push({ row: st.preview.row, data });
    }
  }

  // ── Members (optional second sheet).
  const memberRuleChecks = new Map<string, { org: OrganizationRef; kind: OrgKind; charterCapital: bigint | null; rows: MemberPreviewRow[] }>();
  const members = mapping.members ? await analyzeMembers(db, units, sheets, mapping.members, states, plan, memberRuleChecks) : null;

  // ── The Law's membership rules, on each organization as it would be after the import.
  await checkMembershipRules(db, states, plan, memberRuleChecks);

  // Rows refused by the rules leave the plan, and so do the members of a refused organization row.
  const refused = new Set(states.filter((s) => s.preview.outcome === 'error').map((s) => s.preview.row));
  plan.creates = plan.creates.filter((c) => !refused.has(c.row));
  plan.updates = plan.updates.filter((u) => !refused.has(u.row));
  let membersPreview: Preview['members'] = null;
  if (members) {
    for (const row of members.rows) {
      const orgRow = members.orgRowOf.get(row.row);
      if (row.outcome === 'error' || orgRow === undefined || !refused.has(orgRow)) continue;
      row.outcome = 'error';
      row.messages.push({ level: 'error', text: `Tổ chức ở dòng ${orgRow} trang tổ chức có lỗi nên không nhập thành viên này.` });
    }
    const refusedMembers = new Set(members.rows.filter((r) => r.outcome === 'error').map((r) => r.row));
    plan.memberCreates = plan.memberCreates.filter((c) => !refusedMembers.has(c.row));
    plan.memberUpdates = plan.memberUpdates.filter((u) => !refusedMembers.has(u.row));
    const totals = emptyTotals();
    totals.ignored = members.ignored;
    for (const row of members.rows) count(totals, row.outcome, row.messages);
    membersPreview = { sheetName: members.sheetName, totals, rows: members.rows };
  }
  plan.touchedOrganizationIds = [
    ...new Set([...plan.memberCreates.map((m) => ('id' in m.org ? m.org.id : null)), ...plan.memberUpdates.map((m) => m.organizationId)].filter((id): id is number => id !== null)),
  ];

  for (const st of states) count(orgTotals, st.preview.outcome, st.preview.messages);
  plan.skippedRows = orgTotals.error + (membersPreview?.totals.error ?? 0);

  const preview: Preview = {
    fingerprint: '',
    computedAt: new Date().toISOString(),
    organizations: { sheetName: orgSheet.sheet.name, totals: orgTotals, rows: states.map((s) => s.preview) },
    members: membersPreview,
  };
  preview.fingerprint = fingerprintOf(preview, plan);
  return { preview, plan };
}

/** What the import would do, reduced to a hash: same outcome, target and record version per row. */
function fingerprintOf(preview: Preview, plan: ImportPlan): string {
  const hash = createHash('sha256');
  const versions = new Map(plan.updates.map((u) => [u.row, u.version]));
  for (const r of preview.organizations.rows) hash.update(`o${r.row}:${r.outcome}:${r.organizationId ?? ''}:${versions.get(r.row) ?? ''}:${r.changes.length};`);
  for (const r of preview.members?.rows ?? []) hash.update(`m${r.row}:${r.outcome}:${r.changes.length};`);
  return hash.digest('hex').slice(0, 32);
}

// ───────────────────────────── Members, in detail ─────────────────────────────

const MEMBER_CONVERTERS: Partial<Record<string, FieldConverter>> = {
  kind: (t) => parseMemberKind(t),
  type: (t) => parseMemberType(t),
  gender: (t) => parseGender(t),
  joinedOn: (t) => convertDate(t),
};

async function analyzeMembers(
  db: Reader,
  units: UnitResolver,
  sheets: ParsedSheet[],
  sm: SheetMapping,
  orgStates: OrgRowState[],
  plan: ImportPlan,
  checks: Map<string, { org: OrganizationRef; kind: OrgKind; charterCapital: bigint | null; rows: MemberPreviewRow[] }>,
): Promise<{ sheetName: string; ignored: number; rows: MemberPreviewRow[]; orgRowOf: Map<number, number> }> {
  const values = Object.values(sm.columns);
  if (!values.includes('name')) throw new MappingError('Trang thành viên: hãy chọn cột họ tên thành viên.');
  if (!values.includes('joinedOn')) throw new MappingError('Trang thành viên: hãy chọn cột ngày gia nhập.');
  if (!values.includes('orgRegistrationNumber') && !values.includes('orgName')) {
    throw new MappingError('Trang thành viên: hãy chọn cột số đăng ký hoặc tên của tổ chức mà thành viên thuộc về.');
  }
  const s = sheetRows(sheets, sm, 'members');

  // Organizations of this file, by registration number and by name.
  const fileByReg = new Map<string, OrgRowState>();
  const fileByName = new Map<string, OrgRowState[]>();
  for (const st of orgStates) {
    if (st.regKey) fileByReg.set(st.regKey, st);
    const n = st.form.name ? foldName(st.form.name) : null;
    if (n) fileByName.set(n, [...(fileByName.get(n) ?? []), st]);
  }

  // Organizations of the register the members may belong to (not in the file): by number and name.
  const reads = s.rows.map((r) => ({ r, read: rowReader(s, sm.columns, r, 'members') }));
  const regs = [...new Set(reads.map(({ read }) => read.get('orgRegistrationNumber')).filter(Boolean).map(upperReg))].filter((k) => !fileByReg.has(k));
  const names = [...new Set(reads.map(({ read }) => read.get('orgName')).filter(Boolean).map(foldName))].filter((n) => !fileByName.has(n));
  const registerByReg = new Map<string, { id: number; name: string; unitId: number; kind: OrgKind; charterCapital: bigint | null; deletedAt: Date | null }>();
  const registerByName = new Map<string, { id: number; name: string; unitId: number; kind: OrgKind; charterCapital: bigint | null; deletedAt: Date | null }[]>();
  const orgSelect = { id: true, name: true, unitId: true, kind: true, charterCapital: true, deletedAt: true } as const;
  if (regs.length > 0) {
    const ids = await db.$queryRaw<{ id: number }[]>`SELECT id FROM "Organization" WHERE upper("registrationNumber") = ANY(${regs}::text[])`;
    const rows = ids.length ? await db.organization.findMany({ where: { id: { in: ids.map((i) => i.id) } }, select: { ...orgSelect, registrationNumber: true } }) : [];
    for (const o of rows) if (o.registrationNumber) registerByReg.set(upperReg(o.registrationNumber), o);
  }
  if (names.length > 0) {
    // Names are compared folded (diacritics, punctuation, "HTX"), which SQL cannot do exactly: the
    // organizations in the user's scope are few enough (a province holds about 3,000) to compare here.
    const wanted = new Set(names);
    const all = await db.organization.findMany({ where: { deletedAt: null }, select: orgSelect });
    for (const o of all) {
      const k = foldName(o.name);
      if (!wanted.has(k) || !units.inScope(o.unitId)) continue;
      registerByName.set(k, [...(registerByName.get(k) ?? []), o]);
    }
  }

  // Current members of the existing organizations concerned, to match and to check the rules.
  const rows: MemberPreviewRow[] = [];
  const orgRowOf = new Map<number, number>();
  type Target = { ref: OrganizationRef; name: string; kind: OrgKind | null; charterCapital: bigint | null; orgRow: number | null; existingId: number | null };
  const resolved: { r: number; read: ReturnType<typeof rowReader>; target: Target | null; messages: RowMessage[] }[] = [];
  for (const { r, read } of reads) {
    const messages = [...read.messages];
    let target: Target | null = null;
    const reg = read.get('orgRegistrationNumber');
    const orgName = read.get('orgName');
    const fromFile = reg ? fileByReg.get(upperReg(reg)) : orgName ? (fileByName.get(foldName(orgName)) ?? []) : undefined;
    const fileRow = Array.isArray(fromFile) ? (fromFile.length === 1 ? fromFile[0] : null) : (fromFile ?? null);
    if (Array.isArray(fromFile) && fromFile.length > 1) {
      messages.push({ level: 'error', text: `Tên tổ chức “${orgName}” có ở nhiều dòng của trang tổ chức: ghi số đăng ký để biết thành viên thuộc tổ chức nào.` });
    } else if (fileRow) {
      if (fileRow.preview.outcome === 'error') {
        messages.push({ level: 'error', text: `Tổ chức ${fileRow.preview.name || `ở dòng ${fileRow.preview.row}`} (dòng ${fileRow.preview.row} trang tổ chức) có lỗi nên không nhập thành viên của tổ chức này.` });
      } else if (fileRow.existing) {
        target = { ref: { id: fileRow.existing.id }, name: fileRow.input!.name, kind: fileRow.input!.kind, charterCapital: fileRow.input!.charterCapital, orgRow: fileRow.preview.row, existingId: fileRow.existing.id };
      } else {
        target = { ref: { createRow: fileRow.preview.row }, name: fileRow.input!.name, kind: fileRow.input!.kind, charterCapital: fileRow.input!.charterCapital, orgRow: fileRow.preview.row, existingId: null };
      }
    } else {
      const found = reg ? registerByReg.get(upperReg(reg)) : orgName ? registerByName.get(foldName(orgName)) : undefined;
      const one = Array.isArray(found) ? (found.length === 1 ? found[0] : null) : (found ?? null);
      if (Array.isArray(found) && found.length > 1) {
        messages.push({ level: 'error', text: `Có ${found.length} tổ chức tên “${orgName}”: ghi số đăng ký để biết thành viên thuộc tổ chức nào.` });
      } else if (!one || one.deletedAt) {
        messages.push({ level: 'error', text: reg ? `Không tìm thấy tổ chức có số đăng ký “${reg}”.` : orgName ? `Không tìm thấy tổ chức “${orgName}”.` : 'Chưa ghi tổ chức mà thành viên thuộc về.' });
      } else if (!units.inScope(one.unitId)) {
        messages.push({ level: 'error', text: `${one.name} nằm ngoài phạm vi bạn được phân công.` });
      } else {
        target = { ref: { id: one.id }, name: one.name, kind: one.kind, charterCapital: one.charterCapital, orgRow: null, existingId: one.id };
      }
    }
    resolved.push({ r, read, target, messages });
  }

  const existingIds = [...new Set(resolved.map((x) => x.target?.existingId).filter((id): id is number => id != null))];
  const existingMembers = existingIds.length
    ? await db.member.findMany({
        where: { organizationId: { in: existingIds } },
        select: { id: true, organizationId: true, kind: true, type: true, name: true, idNumber: true, birthYear: true, gender: true, address: true, phone: true, joinedOn: true, leftOn: true },
      })
    : [];
  const contributed = existingIds.length
    ? await db.capitalContribution.groupBy({ by: ['memberId'], where: { organizationId: { in: existingIds } }, _sum: { amount: true } })
    : [];
  const sums = new Map(contributed.map((c) => [c.memberId, c._sum.amount ?? 0n]));
  const membersOf = new Map<number, ExistingMember[]>();
  for (const m of existingMembers) membersOf.set(m.organizationId, [...(membersOf.get(m.organizationId) ?? []), m]);

  const seen = new Map<string, number>();
  for (const { r, read, target, messages } of resolved) {
    const form: Record<string, string> = {};
    for (const key of ['kind', 'type', 'name', 'idNumber', 'birthYear', 'gender', 'address', 'phone', 'joinedOn']) {
      const text = read.get(key);
      const convert = MEMBER_CONVERTERS[key];
      if (!convert) {
        form[key] = text;
        continue;
      }
      const c = convert(text, read.header(key));
      if ('error' in c) messages.push({ level: 'error', text: withLabel(fieldLabelOf('members', key), c.error) });
      else form[key] = c.value;
    }
    if (!form.kind) form.kind = 'PERSON';
    if (!form.type) form.type = 'OFFICIAL';
    const parsed = memberSchema.safeParse(form);
    let data: MemberInput | null = null;
    if (!parsed.success) {
      const done = new Set<string>();
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '_form');
        if (done.has(key)) continue;
        done.add(key);
        messages.push({ level: 'error', text: withLabel(fieldLabelOf('members', key), issue.message) });
      }
    } else data = parsed.data;

    let capital: bigint | null = null;
    const capitalText = read.get('capital');
    if (capitalText) {
      const c = convertMoney(capitalText, moneyMultiplier(read.header('capital')));
      const p = 'error' in c ? null : parseMoney(c.value);
      if ('error' in c) messages.push({ level: 'error', text: `Vốn góp: ${c.error}` });
      else if (p && !p.ok) messages.push({ level: 'error', text: `Vốn góp: ${p.message}` });
      else if (p && p.ok) capital = p.value;
    }
    if (data && capital !== null && data.type === 'ASSOCIATE_NO_CAPITAL') {
      messages.push({ level: 'error', text: 'Vốn góp: thành viên liên kết không góp vốn thì không ghi vốn góp.' });
    }

    const row: MemberPreviewRow = { row: r + 1, outcome: 'error', name: data?.name ?? read.get('name'), organization: target?.name ?? (read.get('orgName') || read.get('orgRegistrationNumber') || null), messages, changes: [] };
    rows.push(row);
    if (target?.orgRow != null) orgRowOf.set(row.row, target.orgRow);
    if (!target || !data || messages.some((x) => x.level === 'error')) continue;

    // The same person twice for one organization in the file.
    const orgKey = 'id' in target.ref ? `id${target.ref.id}` : `row${target.ref.createRow}`;
    const personKey = `${orgKey}|${data.idNumber ?? `name:${foldName(data.name)}`}`;
    const earlier = seen.get(personKey);
    if (earlier !== undefined) {
      messages.push({ level: 'error', text: `Thành viên này đã có ở dòng ${earlier} của tệp.` });
      continue;
    }
    seen.set(personKey, r + 1);

    // An existing member: same ID number, else same name, among current members.
    const current = target.existingId != null ? (membersOf.get(target.existingId) ?? []).filter((m) => m.leftOn == null) : [];
    const match = (data.idNumber ? current.find((m) => m.idNumber === data.idNumber) : undefined) ?? (!data.idNumber ? current.filter((m) => foldName(m.name) === foldName(data.name)) : []).at(0);
    if (match) {
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const k of MEMBER_COMPARED) {
        const next = data[k];
        // An empty cell keeps what is on record.
        if (next === null || next === '') continue;
        if (JSON.stringify(auditValue(match[k])) !== JSON.stringify(auditValue(next))) {
          before[k] = auditValue(match[k]);
          after[k] = auditValue(next);
        }
      }
      const merged: MemberInput = { ...data };
      for (const k of MEMBER_COMPARED) if (data[k] === null) (merged as Record<string, unknown>)[k] = match[k];
      if (capital !== null && capital !== (sums.get(match.id) ?? 0n)) {
        messages.push({ level: 'warning', text: `Vốn góp đã ghi của thành viên này là ${formatMoney(sums.get(match.id) ?? 0n)}; tệp ghi ${formatMoney(capital)}. Việc nhập không sửa vốn góp đã có: hãy sửa trong trang thành viên nếu cần.` });
      }
      if (Object.keys(after).length === 0) row.outcome = 'unchanged';
      else {
        row.outcome = 'update';
        row.changes = memberChanges(before, after);
        plan.memberUpdates.push({ row: r + 1, id: match.id, organizationId: match.organizationId, data: merged, before, after });
      }
    } else {
      row.outcome = 'create';
      plan.memberCreates.push({ row: r + 1, org: target.ref, data, capital });
    }
    if (row.outcome !== 'unchanged') {
      const check = checks.get(orgKey) ?? { org: target.ref, kind: target.kind ?? 'COOPERATIVE', charterCapital: target.charterCapital, rows: [] };
      check.rows.push(row);
      checks.set(orgKey, check);
    }
  }

  return { sheetName: s.sheet.name, ignored: s.ignored, rows, orgRowOf };
}

// ───────────────────────────── The Law's rules ─────────────────────────────

async function loadRules(db: Reader): Promise<RuleRow[]> {
  return db.validationRule.findMany({
    where: { target: 'MEMBERSHIP' },
    select: { id: true, code: true, severity: true, message: true, params: true, orgKinds: true, active: true, legalBasis: true },
    orderBy: { id: 'asc' },
  });
}

/**
 * For every organization whose membership or charter capital the import changes: the rules on its
 * membership before and after. A blocking violation the import would introduce refuses the rows
 * that cause it (the member's row, or the organization's row for a capital change); warnings are
 * shown on the organization's row.
 */
async function checkMembershipRules(
  db: Reader,
  orgStates: OrgRowState[],
  plan: ImportPlan,
  checks: Map<string, { org: OrganizationRef; kind: OrgKind; charterCapital: bigint | null; rows: MemberPreviewRow[] }>,
): Promise<void> {
  // Organizations whose kind or charter capital changes are checked too, even without member rows.
  const capitalChanges = plan.updates.filter((u) => 'charterCapital' in u.after || 'kind' in u.after);
  for (const u of capitalChanges) {
    const key = `id${u.id}`;
    if (!checks.has(key)) checks.set(key, { org: { id: u.id }, kind: u.data.kind, charterCapital: u.data.charterCapital, rows: [] });
  }
  if (checks.size === 0) return;
  const rules = await loadRules(db);
  const existingIds = [...checks.values()].map((c) => ('id' in c.org ? c.org.id : null)).filter((id): id is number => id !== null);
  const [members, sums, orgs] = existingIds.length
    ? await Promise.all([
        db.member.findMany({ where: { organizationId: { in: existingIds } }, select: { id: true, organizationId: true, name: true, kind: true, type: true, leftOn: true }, orderBy: { id: 'asc' } }),
        db.capitalContribution.groupBy({ by: ['memberId'], where: { organizationId: { in: existingIds } }, _sum: { amount: true } }),
        db.organization.findMany({ where: { id: { in: existingIds } }, select: { id: true, kind: true, charterCapital: true } }),
      ])
    : [[], [], []];
  const sumOf = new Map(sums.map((s) => [s.memberId, s._sum.amount ?? 0n]));
  const orgOf = new Map(orgs.map((o) => [o.id, o]));
  const stateByRow = new Map(orgStates.map((s) => [s.preview.row, s]));
  const updateById = new Map(plan.updates.map((u) => [u.id, u]));

  for (const check of checks.values()) {
    const existingId = 'id' in check.org ? check.org.id : null;
    const before: MembershipState = existingId
      ? {
          kind: orgOf.get(existingId)?.kind ?? check.kind,
          charterCapital: orgOf.get(existingId)?.charterCapital ?? null,
          members: members
            .filter((m) => m.organizationId === existingId)
            .map((m) => ({ id: m.id, name: m.name, kind: m.kind, type: m.type, current: m.leftOn == null, contributed: sumOf.get(m.id) ?? 0n })),
        }
      : { kind: check.kind, charterCapital: check.charterCapital, members: [] };
    const update = existingId ? updateById.get(existingId) : undefined;
    const after: MembershipState = {
      kind: update ? update.data.kind : check.kind,
      charterCapital: update ? update.data.charterCapital : existingId ? before.charterCapital : check.charterCapital,
      members: before.members.map((m) => {
        const changed = plan.memberUpdates.find((u) => u.id === m.id);
        return changed ? { ...m, name: changed.data.name, kind: changed.data.kind, type: changed.data.type } : m;
      }),
    };
    // New members get ids below zero (their row numbers), so findings point back at their rows.
    const creates = plan.memberCreates.filter((c) => ('id' in c.org && 'id' in check.org ? c.org.id === check.org.id : 'createRow' in c.org && 'createRow' in check.org && c.org.createRow === check.org.createRow));
    for (const c of creates) after.members.push({ id: -c.row, name: c.data.name, kind: c.data.kind, type: c.data.type, current: true, contributed: c.capital ?? 0n });

    const outcome = compareOutcomes(evaluateMembershipRules(rules, before), evaluateMembershipRules(rules, after));
    const orgRow = existingId ? orgStates.find((s) => s.existing?.id === existingId) : stateByRow.get((check.org as { createRow: number }).createRow);
    const blame = (v: Violation): MemberPreviewRow | null => {
      const memberId = Number(/:(-?\d+)$/.exec(v.key)?.[1]);
      if (!Number.isFinite(memberId)) return null;
      const row = memberId < 0 ? -memberId : plan.memberUpdates.find((u) => u.id === memberId)?.row;
      return check.rows.find((r) => r.row === row) ?? null;
    };
    for (const v of outcome.blocking) {
      const memberRow = blame(v);
      if (memberRow) {
        memberRow.messages.push({ level: 'error', text: v.message });
        memberRow.outcome = 'error';
      } else if (orgRow && update) {
        orgRow.preview.messages.push({ level: 'error', text: v.message });
        orgRow.preview.outcome = 'error';
      } else {
        for (const r of check.rows) {
          r.messages.push({ level: 'error', text: v.message });
          r.outcome = 'error';
        }
      }
    }
    // Warnings on the organization's row, or on its member rows when it is not in the file.
    for (const v of outcome.notes) {
      const target = orgRow?.preview ?? check.rows[0];
      if (target && !target.messages.some((m) => m.text === v.message)) target.messages.push({ level: 'warning', text: v.message });
    }
  }
}
