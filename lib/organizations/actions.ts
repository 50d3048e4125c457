'use server';

/**
 * Mutations of the register of organizations. Each one: guard first (role, then the scope of the
 * record and of the unit chosen), zod parse with Vietnamese field errors, one transaction that
 * writes the change with its audit row, then revalidation of the workspace paths and of the public
 * cache tags the change affects. Typed values are echoed back on every refusal.
 */
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';

import { errorState, formValues, invalidState, type ActionState, type FieldErrors } from '@/lib/actions/state';
import { auditDiff, auditValue, recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/auth/options';
import { isUnitWithin } from '@/lib/auth/scope';
import { requirePermission } from '@/lib/auth/session';
import { cacheTags, expirePublicTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import { formatDate, formatDateTime, todayIsoInVietnam } from '@/lib/format/date';
import { slugify } from '@/lib/format/slug';
import { Prisma } from '@/lib/generated/prisma/client';
import type { OrgStatus } from '@/lib/generated/prisma/enums';
import { requireOrganization } from '@/lib/organizations/access';
import { organizationAuditSelect } from '@/lib/organizations/audit-select';
import { fieldLabel, formatFieldValue, HIDDEN_AUDIT_KEYS } from '@/lib/organizations/fields';
import { parseId } from '@/lib/organizations/filters';
import { organizationFormValues } from '@/lib/organizations/form-values';
import { auditLookups, findRegistrationHolder, scopeOf } from '@/lib/organizations/queries';
import {
  formObject,
  ORGANIZATION_FORM_FIELDS,
  organizationSchema,
  organizationUpdateSchema,
  statusChangeSchema,
  statusCorrectionSchema,
  type OrganizationInput,
} from '@/lib/organizations/schema';
import { EXISTING_STATUSES, sectorGroupOf } from '@/lib/organizations/sectors';
import { deriveStatus, historyError, needsSuccessor, sortHistory, transitionError } from '@/lib/organizations/status';
import { RuleBlockedError } from '@/lib/members/mutation';
import { loadMembershipRules, loadMembershipState } from '@/lib/rules/check';
import { compareOutcomes, evaluateMembershipRules } from '@/lib/rules/membership';

const LIST_PATH = '/quan-tri/to-chuc';
const detailPath = (id: number) => `${LIST_PATH}/${id}`;

const todayDate = () => new Date(`${todayIsoInVietnam()}T00:00:00Z`);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);


type AuditedOrganization = Prisma.OrganizationGetPayload<{ select: typeof organizationAuditSelect }>;

/** Changes to these fields move the public statistics (counts by kind, unit, capital, status). */
const STATS_FIELDS = new Set(['kind', 'sector', 'unitId', 'charterCapital', 'establishedOn', 'allianceMembership', 'status']);

function organizationData(input: OrganizationInput) {
  return {
    kind: input.kind,
    name: input.name,
    shortName: input.shortName,
    registrationNumber: input.registrationNumber,
    taxCode: input.taxCode,
    sector: input.sector,
    // The group follows from the sector (a CHECK constraint holds the same map): never typed.
    sectorGroup: sectorGroupOf(input.sector),
    unitId: input.unitId,
    address: input.address,
    phone: input.phone,
    email: input.email,
    website: input.website,
    leaderName: input.leaderName,
    leaderTitle: input.leaderTitle,
    establishedOn: input.establishedOn,
    charterCapital: input.charterCapital,
    allianceMembership: input.allianceMembership,
    allianceJoinedOn: input.allianceJoinedOn,
    mainProducts: input.mainProducts,
    description: input.description,
    isNewModel: input.isNewModel,
    hasValueChainLink: input.hasValueChainLink,
    hasVietGap: input.hasVietGap,
    hasGlobalGap: input.hasGlobalGap,
  };
}

type Json = Prisma.InputJsonObject;
const json = (value: Record<string, unknown>): Json => auditValue(value) as Json;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** A unit exists, and is one of today's units unless the record already sits in it. */
async function unitProblem(unitId: number, currentUnitId: number | null): Promise<string | null> {
  const unit = await prisma.administrativeUnit.findUnique({ where: { id: unitId }, select: { validTo: true } });
  if (!unit) return 'Đơn vị hành chính không tồn tại.';
  if (unitId !== currentUnitId && unit.validTo && isoDay(unit.validTo) < todayIsoInVietnam()) {
    return `Đơn vị này chỉ còn đến ngày ${formatDate(unit.validTo)}: hãy chọn một đơn vị hiện nay.`;
  }
  return null;
}

async function registrationProblem(registrationNumber: string | null, exceptId?: number): Promise<string | null> {
  if (!registrationNumber) return null;
  const holder = await findRegistrationHolder(registrationNumber, exceptId);
  if (!holder) return null;
  return holder.deletedAt
    ? `Số đăng ký này đã thuộc về ${holder.name} (hồ sơ đã xóa; quản trị hệ thống có thể khôi phục).`
    : `Số đăng ký này đã thuộc về ${holder.name}.`;
}

/** A slug from the name, without diacritics, not used by another organization nor by a former slug. */
async function uniqueSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  const base = slugify(name).slice(0, 80).replace(/-+$/, '') || 'to-chuc';
  const [orgs, aliases] = await Promise.all([
    tx.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } }),
    tx.slugAlias.findMany({ where: { entity: 'ORGANIZATION', slug: { startsWith: base } }, select: { slug: true } }),
  ]);
  const taken = new Set([...orgs, ...aliases].map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Public tags of an organization and of the organizations its page links to. */
async function relatedTags(organizationId: number): Promise<string[]> {
  const linked = await prisma.organization.findMany({
    where: { OR: [{ successorId: organizationId }, { predecessors: { some: { id: organizationId } } }] },
    select: { slug: true },
  });
  return linked.map((o) => cacheTags.organization(o.slug));
}

// ───────────────────────────── Create ─────────────────────────────

/**
 * Creates an organization. `convertFromId` is bound by the conversion flow (a group becoming a
 * cooperative): after saving, the user goes on to record the conversion on the group's history
 * with the new organization chosen as its successor.
 */
export async function createOrganization(convertFromId: number | null, _prev: ActionState, formData: FormData): Promise<ActionState> {
  // Role, and for a district officer the unit chosen: a forged unit outside their own is refused.
  const user = await requirePermission('organization.create', parseId(formData.get('unitId')));
  const values = formValues(formData);
  const parsed = organizationSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;

  const errors: FieldErrors = {};
  const unitError = await unitProblem(input.unitId, null);
  if (unitError) errors.unitId = unitError;
  const registrationError = await registrationProblem(input.registrationNumber);
  if (registrationError) errors.registrationNumber = registrationError;
  if (Object.keys(errors).length > 0) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', errors, values);

  let created: { id: number; slug: string };
  try {
    created = await prisma.$transaction(async (tx) => {
      const slug = await uniqueSlug(tx, input.name);
      const data = organizationData(input);
      const org = await tx.organization.create({ data: { ...data, slug, status: 'ACTIVE' }, select: { id: true, slug: true } });
      // The history starts with the founding (today when the founding date is not known), so the
      // current status is derived from it like every later change.
      const change = await tx.statusChange.create({
        data: {
          organizationId: org.id,
          status: 'ACTIVE',
          effectiveOn: input.establishedOn ?? todayDate(),
          reason: 'Thành lập (ghi nhận khi tạo hồ sơ)',
          createdById: user.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        userId: user.id,
        action: 'organization.create',
        entity: 'Organization',
        entityId: String(org.id),
        after: json({ ...data, slug, status: 'ACTIVE', version: 1, statusChangeId: change.id }),
      });
      return org;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const again = await registrationProblem(input.registrationNumber);
    return errorState(
      again ? 'Vui lòng kiểm tra lại các trường được đánh dấu.' : 'Có người vừa tạo một tổ chức trùng tên cùng lúc. Vui lòng bấm Lưu lần nữa.',
      again ? { registrationNumber: again } : {},
      values,
    );
  }

  revalidatePath(LIST_PATH);
  expirePublicTags(cacheTags.organizations, cacheTags.organization(created.slug), cacheTags.stats, cacheTags.statsSource('register'));
  redirect(
    convertFromId
      ? `${detailPath(convertFromId)}/trang-thai?thay-doi=chuyen-doi&ke-thua=${created.id}`
      : `${detailPath(created.id)}?thong-bao=da-tao`,
  );
}

// ───────────────────────────── Update ─────────────────────────────

type Conflict = { message: string; fieldErrors: FieldErrors; values: Record<string, string>; version: number } | { deleted: true };

const versionOf = (side: unknown): number =>
  side && typeof side === 'object' && !Array.isArray(side) && typeof (side as Record<string, unknown>).version === 'number'
    ? ((side as Record<string, unknown>).version as number)
    : 0;

const same = (a: unknown, b: unknown) => JSON.stringify(auditValue(a)) === JSON.stringify(auditValue(b));

/**
 * A stale form, compared three ways from the audit rows written since the user opened it (version
 * `seenVersion`): for each field changed meanwhile, the value the user saw (the oldest "before"),
 * the value now, and what the user typed. A field the user left alone takes the new value in the
 * form (so saving again does not undo the other person's change); a field both changed keeps what
 * the user typed and is marked, for them to decide. A field changed and changed back is ignored.
 */
async function describeConflict(
  id: number,
  seenVersion: number,
  submitted: Record<string, unknown>,
  typed: Record<string, string>,
): Promise<Conflict> {
  const current = await prisma.organization.findUnique({ where: { id }, select: organizationAuditSelect });
  if (!current || current.deletedAt) return { deleted: true };
  const recent = await prisma.auditLog.findMany({
    where: { entity: 'Organization', entityId: String(id) },
    select: { before: true, after: true, createdAt: true, user: { select: { name: true } } },
    orderBy: { id: 'desc' },
    take: 200,
  });
  const newer = recent.filter((r) => versionOf(r.after) > seenVersion).reverse();
  const seen = new Map<string, unknown>();
  for (const row of newer) {
    const before = row.before && typeof row.before === 'object' && !Array.isArray(row.before) ? (row.before as Record<string, unknown>) : {};
    for (const [key, value] of Object.entries(before)) if (!seen.has(key) && !HIDDEN_AUDIT_KEYS.has(key)) seen.set(key, value);
  }
  const now = current as unknown as Record<string, unknown>;
  const formNow = organizationFormValues(current);
  const isFormField = (key: string) => (ORGANIZATION_FORM_FIELDS as readonly string[]).includes(key);
  const lookups = await auditLookups([{ before: Object.fromEntries(seen), after: auditValue(current) }]);
  const show = (key: string, value: unknown) => formatFieldValue(key, auditValue(value), lookups);

  const fieldErrors: FieldErrors = {};
  const values: Record<string, string> = { ...typed, version: String(current.version) };
  const taken: string[] = [];
  const clashes: string[] = [];
  const others: string[] = [];
  if (newer.length > 0) {
    for (const [key, was] of seen) {
      if (!(key in now) || JSON.stringify(auditValue(now[key])) === JSON.stringify(was)) continue;
      const line = `${fieldLabel(key)}: bạn thấy “${formatFieldValue(key, was, lookups)}”, hiện nay “${show(key, now[key])}”`;
      if (!isFormField(key)) {
        others.push(line);
      } else if (JSON.stringify(auditValue(submitted[key])) === JSON.stringify(was)) {
        values[key] = formNow[key] ?? '';
        taken.push(line);
      } else {
        clashes.push(`${line}, bạn nhập “${show(key, submitted[key])}”`);
        fieldErrors[key] = `Người khác cũng vừa sửa trường này: hiện nay là “${show(key, now[key])}” (bạn thấy “${formatFieldValue(key, was, lookups)}”). Hãy chọn giá trị đúng.`;
      }
    }
  } else {
    // No audit rows carrying versions (a change made by another tool): mark every difference.
    for (const key of ORGANIZATION_FORM_FIELDS) {
      if (same(now[key], submitted[key])) continue;
      clashes.push(`${fieldLabel(key)}: hiện nay “${show(key, now[key])}”, bạn nhập “${show(key, submitted[key])}”`);
      fieldErrors[key] = `Hiện nay là “${show(key, now[key])}”.`;
    }
  }

  const last = newer[newer.length - 1];
  const who = [...new Set(newer.map((r) => r.user?.name).filter((n): n is string => Boolean(n)))].join(', ');
  const by = last ? ` bởi ${who || 'người dùng khác'} lúc ${formatDateTime(last.createdAt)}` : '';
  const parts = [`Chưa lưu: hồ sơ đã được cập nhật${by}, sau khi bạn mở biểu mẫu.`];
  if (clashes.length > 0) parts.push(`Cả hai cùng sửa: ${clashes.join('; ')}.`);
  if (taken.length > 0) parts.push(`Đã lấy giá trị mới vào biểu mẫu (bạn không sửa các trường này): ${taken.join('; ')}.`);
  if (others.length > 0) parts.push(`Thay đổi khác: ${others.join('; ')}.`);
  parts.push('Những gì bạn nhập vẫn còn trong biểu mẫu; hãy xem lại rồi bấm “Lưu thay đổi” lần nữa.');
  return { message: parts.join(' '), fieldErrors, values, version: current.version };
}

export async function updateOrganization(id: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, org } = await requireOrganization('organization.update', id);
  const values = formValues(formData);
  const parsed = organizationUpdateSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalidState(parsed.error, values);
  const { version: seenVersion, ...input } = parsed.data;

  // Moving the organization to another unit needs the right over that unit too.
  if (input.unitId !== org.unitId) await requirePermission('organization.update', input.unitId);
  const errors: FieldErrors = {};
  const unitError = await unitProblem(input.unitId, org.unitId);
  if (unitError) errors.unitId = unitError;
  const registrationError = await registrationProblem(input.registrationNumber, id);
  if (registrationError) errors.registrationNumber = registrationError;
  if (Object.keys(errors).length > 0) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', errors, values);

  const data = organizationData(input);
  type Outcome = { kind: 'conflict' } | { kind: 'unchanged' } | { kind: 'saved'; changed: string[]; slug: string };
  let outcome: Outcome;
  try {
    outcome = await prisma.$transaction(async (tx): Promise<Outcome> => {
      const before = await tx.organization.findUnique({ where: { id }, select: organizationAuditSelect });
      if (!before || before.deletedAt || before.version !== seenVersion) return { kind: 'conflict' };
      const diff = auditDiff<AuditedOrganization>(before, data);
      if (Object.keys(diff.after).length === 0) return { kind: 'unchanged' };
      // The version in the WHERE clause is what refuses a stale form, even against a write that
      // slipped in between the read above and this update.
      const result = await tx.organization.updateMany({
        where: { id, version: seenVersion, deletedAt: null },
        data: { ...data, version: { increment: 1 } },
      });
      if (result.count === 0) return { kind: 'conflict' };
      // The charter capital and the kind are what the Law's capital caps are measured against:
      // lowering the capital under what members have already contributed is refused like a
      // contribution over the cap would be (rules kept as data, lib/rules).
      if ('charterCapital' in diff.after || 'kind' in diff.after) {
        const rules = await loadMembershipRules(tx);
        const state = await loadMembershipState(tx, id);
        if (state) {
          const was = { ...state, kind: before.kind, charterCapital: before.charterCapital };
          const check = compareOutcomes(evaluateMembershipRules(rules, was), evaluateMembershipRules(rules, state));
          if (check.blocking.length > 0) throw new RuleBlockedError(check.blocking);
        }
      }
      await recordAudit(tx, {
        userId: user.id,
        action: 'organization.update',
        entity: 'Organization',
        entityId: String(id),
        before: { ...diff.before, version: seenVersion },
        after: { ...diff.after, version: seenVersion + 1 },
      });
      return { kind: 'saved', changed: Object.keys(diff.after), slug: before.slug };
    });
  } catch (error) {
    if (error instanceof RuleBlockedError) {
      return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { charterCapital: error.message }, values);
    }
    if (!isUniqueViolation(error)) throw error;
    const again = await registrationProblem(input.registrationNumber, id);
    return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', again ? { registrationNumber: again } : {}, values);
  }

  if (outcome.kind === 'conflict') {
    const conflict = await describeConflict(id, seenVersion, data, values);
    if ('deleted' in conflict) return errorState('Chưa lưu: hồ sơ này vừa bị xóa.', {}, values);
    // The form now carries the current version: saving again, after review, is a deliberate choice.
    return errorState(conflict.message, conflict.fieldErrors, conflict.values);
  }
  if (outcome.kind === 'unchanged') redirect(`${detailPath(id)}?thong-bao=khong-thay-doi`);

  revalidatePath(LIST_PATH);
  revalidatePath(detailPath(id));
  const tags = [cacheTags.organizations, cacheTags.organization(outcome.slug)];
  if (outcome.changed.some((k) => STATS_FIELDS.has(k))) tags.push(cacheTags.stats, cacheTags.statsSource('register'));
  if (outcome.changed.includes('name')) tags.push(...(await relatedTags(id)));
  expirePublicTags(...tags);
  redirect(`${detailPath(id)}?thong-bao=da-luu`);
}

// ───────────────────────────── Status ─────────────────────────────

type Successor = { id: number; slug: string; kind: string };

/** The successor chosen on a conversion or merger: an existing organization the user may see. */
async function successorProblem(
  user: SessionUser,
  org: { id: number; kind: string },
  status: OrgStatus,
  successorId: number | null,
  /** The successor already on record (a correction may keep it even if it has ended since). */
  keptId: number | null = null,
): Promise<{ error: string } | { successor: Successor | null }> {
  if (!needsSuccessor(status)) return { successor: null };
  if (successorId === null) return { error: 'Vui lòng chọn tổ chức kế thừa.' };
  if (successorId === org.id) return { error: 'Tổ chức kế thừa phải là một tổ chức khác.' };
  const successor = await prisma.organization.findUnique({
    where: { id: successorId },
    select: { id: true, slug: true, kind: true, unitId: true, status: true, deletedAt: true },
  });
  const scope = scopeOf(user);
  const visible = successor && !successor.deletedAt && (scope === null || (await isUnitWithin(prisma, successor.unitId, scope)));
  if (!successor || !visible) return { error: 'Không tìm thấy tổ chức kế thừa.' };
  if (successor.id !== keptId && !EXISTING_STATUSES.includes(successor.status)) return { error: 'Tổ chức kế thừa đã ngừng tồn tại (giải thể, sáp nhập…).' };
  if (status === 'CONVERTED' && successor.kind === org.kind) {
    return { error: 'Tổ chức sau chuyển đổi phải khác loại hình (ví dụ tổ hợp tác chuyển thành hợp tác xã).' };
  }
  return { successor: { id: successor.id, slug: successor.slug, kind: successor.kind } };
}

export async function recordStatusChange(id: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, org } = await requireOrganization('organization.update', id);
  const values = formValues(formData);
  const parsed = statusChangeSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;

  const checked = await successorProblem(user, org, input.status, input.successorId);
  if ('error' in checked) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { successorId: checked.error }, values);
  if (org.establishedOn && input.effectiveOn < org.establishedOn) {
    return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { effectiveOn: `Ngày hiệu lực không được trước ngày thành lập (${formatDate(org.establishedOn)}).` }, values);
  }

  type Outcome = { error: FieldErrors & { _form?: string } } | { status: OrgStatus };
  const outcome = await prisma.$transaction(async (tx): Promise<Outcome> => {
    const entries = await tx.statusChange.findMany({ where: { organizationId: id }, select: { id: true, status: true, effectiveOn: true } });
    const last = sortHistory(entries).at(-1);
    if (last && input.effectiveOn < last.effectiveOn) {
      return {
        error: {
          effectiveOn: `Ngày hiệu lực không được trước ngày của mục gần nhất trong lịch sử (${formatDate(last.effectiveOn)}). Nếu mục đó ghi sai, hãy sửa lại mục đó.`,
        },
      };
    }
    const problem = transitionError(last?.status ?? org.status, input.status, last?.effectiveOn);
    if (problem) return { error: { status: problem, _form: problem } };

    const before = await tx.organization.findUniqueOrThrow({ where: { id }, select: { status: true, successorId: true, version: true } });
    const change = await tx.statusChange.create({
      data: {
        organizationId: id,
        status: input.status,
        effectiveOn: input.effectiveOn,
        reason: input.reason,
        decisionNumber: input.decisionNumber,
        createdById: user.id,
      },
      select: { id: true, status: true, effectiveOn: true },
    });
    // The current status is derived from the history, in the same transaction, never typed.
    const status = deriveStatus([...entries, change], todayIsoInVietnam()) ?? before.status;
    const after = { status, successorId: checked.successor ? checked.successor.id : before.successorId };
    await tx.organization.update({ where: { id }, data: { ...after, version: { increment: 1 } } });
    const diff = auditDiff(before, after);
    await recordAudit(tx, {
      userId: user.id,
      action: 'organization.status.record',
      entity: 'Organization',
      entityId: String(id),
      before: { ...diff.before, version: before.version },
      after: json({
        ...diff.after,
        entryStatus: input.status,
        effectiveOn: input.effectiveOn,
        reason: input.reason,
        decisionNumber: input.decisionNumber,
        statusChangeId: change.id,
        version: before.version + 1,
      }),
    });
    return { status };
  });

  if ('error' in outcome) {
    const { _form, ...fields } = outcome.error;
    return errorState(_form ?? 'Vui lòng kiểm tra lại các trường được đánh dấu.', fields, values);
  }
  revalidatePath(LIST_PATH);
  revalidatePath(detailPath(id));
  expirePublicTags(
    cacheTags.organizations,
    cacheTags.organization(org.slug),
    cacheTags.stats, cacheTags.statsSource('register'),
    ...(checked.successor ? [cacheTags.organization(checked.successor.slug)] : []),
  );
  redirect(`${detailPath(id)}?thong-bao=da-ghi-trang-thai#lich-su-trang-thai`);
}

/**
 * Corrects one entry of the status history (a wrong date, status, reason or decision number).
 * The whole corrected history must still be a valid sequence; the reason for the correction is
 * mandatory and kept in the audit row with the entry's values before and after.
 */
export async function correctStatusChange(
  organizationId: number,
  changeId: number,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const { user, org } = await requireOrganization('organization.update', organizationId);
  const values = formValues(formData);
  const parsed = statusCorrectionSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;

  const checked = await successorProblem(user, org, input.status, input.successorId, org.successorId);
  if ('error' in checked) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { successorId: checked.error }, values);
  if (org.establishedOn && input.effectiveOn < org.establishedOn) {
    return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { effectiveOn: `Ngày hiệu lực không được trước ngày thành lập (${formatDate(org.establishedOn)}).` }, values);
  }

  type Outcome = { missing: true } | { error: string; field?: string } | { status: OrgStatus; successorSlug: string | null };
  const outcome = await prisma.$transaction(async (tx): Promise<Outcome> => {
    const entries = await tx.statusChange.findMany({
      where: { organizationId },
      select: { id: true, status: true, effectiveOn: true, reason: true, decisionNumber: true },
    });
    const target = entries.find((e) => e.id === changeId);
    if (!target) return { missing: true };
    const corrected = entries.map((e) => (e.id === changeId ? { ...e, status: input.status, effectiveOn: input.effectiveOn } : e));
    const invalid = historyError(corrected);
    if (invalid) return { error: invalid, field: 'status' };

    const before = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { status: true, successorId: true, version: true } });
    const entryDiff = auditDiff(
      { entryStatus: target.status, effectiveOn: target.effectiveOn, reason: target.reason, decisionNumber: target.decisionNumber },
      { entryStatus: input.status, effectiveOn: input.effectiveOn, reason: input.reason, decisionNumber: input.decisionNumber },
    );
    const successorId = checked.successor ? checked.successor.id : needsSuccessor(target.status) ? null : before.successorId;
    if (Object.keys(entryDiff.after).length === 0 && successorId === before.successorId) {
      return { error: 'Bạn chưa thay đổi gì trong mục này.' };
    }
    await tx.statusChange.update({
      where: { id: changeId },
      data: { status: input.status, effectiveOn: input.effectiveOn, reason: input.reason, decisionNumber: input.decisionNumber, correctedAt: new Date() },
    });
    const status = deriveStatus(corrected, todayIsoInVietnam()) ?? before.status;
    const orgDiff = auditDiff(before, { status, successorId });
    await tx.organization.update({ where: { id: organizationId }, data: { status, successorId, version: { increment: 1 } } });
    await recordAudit(tx, {
      userId: user.id,
      action: 'organization.status.correct',
      entity: 'Organization',
      entityId: String(organizationId),
      before: { ...entryDiff.before, ...orgDiff.before, version: before.version },
      after: { ...entryDiff.after, ...orgDiff.after, correctionReason: input.correctionReason, statusChangeId: changeId, version: before.version + 1 },
    });
    return { status, successorSlug: checked.successor?.slug ?? null };
  });

  if ('missing' in outcome) notFound();
  if ('error' in outcome) {
    return errorState(outcome.error, outcome.field ? { [outcome.field]: outcome.error } : {}, values);
  }
  revalidatePath(LIST_PATH);
  revalidatePath(detailPath(organizationId));
  expirePublicTags(
    cacheTags.organizations,
    cacheTags.organization(org.slug),
    cacheTags.stats, cacheTags.statsSource('register'),
    ...(outcome.successorSlug ? [cacheTags.organization(outcome.successorSlug)] : []),
  );
  redirect(`${detailPath(organizationId)}?thong-bao=da-sua-trang-thai#lich-su-trang-thai`);
}

// ───────────────────────────── Delete and restore ─────────────────────────────

/** Soft delete (admin only): the record disappears from every list and from the public site. */
export async function deleteOrganization(id: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('organization.delete');
  const org = await prisma.organization.findUnique({ where: { id }, select: { id: true, slug: true, deletedAt: true, version: true } });
  if (!org) notFound();
  if (org.deletedAt) return errorState('Tổ chức này đã bị xóa trước đó.');
  const deletedAt = new Date();
  await prisma.$transaction(async (tx) => {
    await tx.organization.update({ where: { id }, data: { deletedAt, version: { increment: 1 } } });
    await recordAudit(tx, {
      userId: user.id,
      action: 'organization.delete',
      entity: 'Organization',
      entityId: String(id),
      before: { deletedAt: null, version: org.version },
      after: { deletedAt: deletedAt.toISOString(), version: org.version + 1 },
    });
  });
  revalidatePath(LIST_PATH);
  revalidatePath(detailPath(id));
  expirePublicTags(cacheTags.organizations, cacheTags.organization(org.slug), cacheTags.stats, cacheTags.statsSource('register'), ...(await relatedTags(id)));
  redirect(`${LIST_PATH}?thong-bao=da-xoa`);
}

export async function restoreOrganization(id: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('organization.delete');
  const org = await prisma.organization.findUnique({ where: { id }, select: { id: true, slug: true, deletedAt: true, version: true } });
  if (!org) notFound();
  if (!org.deletedAt) return errorState('Tổ chức này không nằm trong danh sách đã xóa.');
  const deletedAt = org.deletedAt;
  await prisma.$transaction(async (tx) => {
    await tx.organization.update({ where: { id }, data: { deletedAt: null, version: { increment: 1 } } });
    await recordAudit(tx, {
      userId: user.id,
      action: 'organization.restore',
      entity: 'Organization',
      entityId: String(id),
      before: { deletedAt: deletedAt.toISOString(), version: org.version },
      after: { deletedAt: null, version: org.version + 1 },
    });
  });
  revalidatePath(LIST_PATH);
  revalidatePath(`${LIST_PATH}/da-xoa`);
  revalidatePath(detailPath(id));
  expirePublicTags(cacheTags.organizations, cacheTags.organization(org.slug), cacheTags.stats, cacheTags.statsSource('register'), ...(await relatedTags(id)));
  redirect(`${detailPath(id)}?thong-bao=da-khoi-phuc`);
}
