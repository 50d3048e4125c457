'use server';

import { revalidatePath } from 'next/cache';

import { errorState, formValues, invalidState, type ActionState, type FieldErrors } from '@/lib/actions/state';
import { auditDiff, recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { cacheTags, expirePublicTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import { formatDate } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { Prisma } from '@/lib/generated/prisma/client';
import type { UnitLevel } from '@/lib/generated/prisma/enums';

import { addDays, isValidOn } from './dates';
import { unitLabel, unitLevelRank, unitTypesByLevel } from './labels';
import { liveOrganizationWhere } from './queries';
import { closeUnitSchema, createUnitSchema, mergeNewUnitSchema, mergeUnitsSchema, renameUnitSchema } from './schema';

const UNITS_PATH = '/quan-tri/don-vi';
const CHECK_FIELDS = 'Vui lòng kiểm tra lại các trường được đánh dấu.';

type Tx = Prisma.TransactionClient;
type NewUnit = { code: string; name: string; type: string; level: UnitLevel; parentId: number | null };

/** Field errors for a unit about to be created on `validFrom` (parent, code), or null when it can be. */
async function checkNewUnit(unit: NewUnit, validFrom: Date, prefix = ''): Promise<FieldErrors | null> {
  if (unit.level === 'PROVINCE') {
    if (unit.parentId != null) return { [`${prefix}parentId`]: 'Đơn vị cấp tỉnh không có đơn vị cấp trên.' };
  } else {
    if (unit.parentId == null) return { [`${prefix}parentId`]: 'Vui lòng chọn đơn vị cấp trên.' };
    const parent = await prisma.administrativeUnit.findUnique({
      where: { id: unit.parentId },
      select: { level: true, validFrom: true, validTo: true, name: true, type: true },
    });
    if (!parent) return { [`${prefix}parentId`]: 'Đơn vị cấp trên không tồn tại.' };
    if (unitLevelRank[parent.level] >= unitLevelRank[unit.level]) {
      return { [`${prefix}parentId`]: `${unitLabel(parent)} không phải là cấp trên của một đơn vị cấp này.` };
    }
    if (!isValidOn(parent, validFrom)) {
      return { [`${prefix}parentId`]: `${unitLabel(parent)} không còn hiệu lực vào ngày ${formatDate(validFrom)}.` };
    }
  }
  const clash = await prisma.administrativeUnit.findUnique({
    where: { code_validFrom: { code: unit.code, validFrom } },
    select: { name: true, type: true },
  });
  if (clash) {
    return { [`${prefix}code`]: `Mã ${unit.code} đã dùng cho ${unitLabel(clash)} có hiệu lực từ ${formatDate(validFrom)}.` };
  }
  return null;
}

async function createUnitRow(tx: Tx, unit: NewUnit, validFrom: Date, userId: number) {
  const created = await tx.administrativeUnit.create({ data: { ...unit, validFrom }, select: { id: true } });
  await recordAudit(tx, {
    userId,
    action: 'unit.create',
    entity: 'AdministrativeUnit',
    entityId: String(created.id),
    after: { ...unit, validFrom: validFrom.toISOString() },
  });
  return created.id;
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

export async function createUnit(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const admin = await requirePermission('unit.manage');
  const values = formValues(formData);
  const parsed = createUnitSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const { validFrom, ...unit } = parsed.data;
  const problems = await checkNewUnit(unit, validFrom);
  if (problems) return errorState(CHECK_FIELDS, problems, values);

  let id: number;
  try {
    id = await prisma.$transaction((tx) => createUnitRow(tx, unit, validFrom, admin.id));
  } catch (error) {
    if (isUniqueViolation(error)) return errorState(CHECK_FIELDS, { code: `Mã ${unit.code} đã được dùng cho ngày hiệu lực này.` }, values);
    throw error;
  }
  expirePublicTags(cacheTags.units);
  revalidatePath(UNITS_PATH);
  return { status: 'success', message: `Đã thêm ${unitLabel(unit)} (mã ${unit.code}).`, values: { id: String(id) } };
}

export async function renameUnit(unitId: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const admin = await requirePermission('unit.manage');
  const values = formValues(formData);
  const parsed = renameUnitSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const before = await prisma.administrativeUnit.findUnique({ where: { id: unitId }, select: { name: true, type: true, level: true } });
  if (!before) return errorState('Đơn vị không còn tồn tại.', {}, values);
  if (!unitTypesByLevel[before.level].includes(parsed.data.type)) {
    return errorState(CHECK_FIELDS, { type: 'Loại đơn vị không phù hợp với cấp của đơn vị.' }, values);
  }
  const diff = auditDiff(before, parsed.data);
  if (Object.keys(diff.after).length === 0) return { status: 'success', message: 'Không có thay đổi nào.', values };

  await prisma.$transaction(async (tx) => {
    await tx.administrativeUnit.update({ where: { id: unitId }, data: parsed.data });
    await recordAudit(tx, { userId: admin.id, action: 'unit.update', entity: 'AdministrativeUnit', entityId: String(unitId), ...diff });
  });
  expirePublicTags(cacheTags.units);
  revalidatePath(UNITS_PATH);
  revalidatePath(`${UNITS_PATH}/${unitId}`);
  return { status: 'success', message: `Đã đổi tên thành ${unitLabel(parsed.data)}.`, values };
}

/** What still hangs on a unit: live organizations, active users, sub-units open after `day`. */
async function attachments(unitIds: number[], day: Date) {
  const [organizations, users, openChildren] = await Promise.all([
    prisma.organization.count({ where: { unitId: { in: unitIds }, ...liveOrganizationWhere } }),
    prisma.user.count({ where: { unitId: { in: unitIds }, active: true } }),
    prisma.administrativeUnit.count({
      where: { parentId: { in: unitIds }, id: { notIn: unitIds }, OR: [{ validTo: null }, { validTo: { gt: day } }] },
    }),
  ]);
  return { organizations, users, openChildren };
}

function attachmentText(counts: { organizations: number; users: number; openChildren: number }): string {
  const parts: string[] = [];
  if (counts.organizations) parts.push(`${formatNumber(counts.organizations)} tổ chức đang hoạt động`);
  if (counts.users) parts.push(`${formatNumber(counts.users)} người dùng`);
  if (counts.openChildren) parts.push(`${formatNumber(counts.openChildren)} đơn vị trực thuộc chưa đóng`);
  return parts.join(', ');
}

/** Closes a unit on a date (its last valid day). Refused while anything still belongs to it. */
export async function closeUnit(unitId: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const admin = await requirePermission('unit.manage');
  const values = formValues(formData);
  const parsed = closeUnitSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const { validTo } = parsed.data;
  const unit = await prisma.administrativeUnit.findUnique({ where: { id: unitId }, select: { name: true, type: true, validFrom: true, validTo: true } });
  if (!unit) return errorState('Đơn vị không còn tồn tại.', {}, values);
  if (unit.validTo) return errorState(`${unitLabel(unit)} đã đóng từ ngày ${formatDate(addDays(unit.validTo, 1))}.`, {}, values);
  if (validTo <= unit.validFrom) {
    return errorState(CHECK_FIELDS, { validTo: `Ngày đóng phải sau ngày có hiệu lực (${formatDate(unit.validFrom)}).` }, values);
  }
  const counts = await attachments([unitId], validTo);
  if (counts.organizations || counts.users || counts.openChildren) {
    return errorState(
      `Không thể đóng ${unitLabel(unit)}: đơn vị còn ${attachmentText(counts)}. Hãy chuyển sang đơn vị khác, hoặc ghi nhận sáp nhập để chuyển cùng lúc.`,
      {},
      values,
    );
  }

  await prisma.$transaction(async (tx) => {
    await tx.administrativeUnit.update({ where: { id: unitId }, data: { validTo } });
    await recordAudit(tx, {
      userId: admin.id,
      action: 'unit.close',
      entity: 'AdministrativeUnit',
      entityId: String(unitId),
      before: { validTo: null },
      after: { validTo: validTo.toISOString() },
    });
  });
  expirePublicTags(cacheTags.units);
  revalidatePath(UNITS_PATH);
  revalidatePath(`${UNITS_PATH}/${unitId}`);
  return { status: 'success', message: `Đã đóng ${unitLabel(unit)}; ngày cuối cùng có hiệu lực là ${formatDate(validTo)}.`, values };
}

function mergeInput(formData: FormData) {
  const text = (key: string) => {
    const value = formData.get(key);
    return typeof value === 'string' ? value.normalize('NFC') : undefined;
  };
  const predecessorIds = formData.getAll('predecessorIds').filter((v): v is string => typeof v === 'string');
  return {
    predecessorIds,
    shares: Object.fromEntries(predecessorIds.map((id) => [id, text(`shares.${id}`)])),
    target: text('target'),
    successorId: text('successorId'),
    newUnit: {
      code: text('newUnit.code'),
      name: text('newUnit.name'),
      type: text('newUnit.type'),
      level: text('newUnit.level'),
      parentId: text('newUnit.parentId'),
    },
    effectiveOn: text('effectiveOn'),
    note: text('note'),
    moveOrganizations: formData.get('moveOrganizations') === 'on',
    moveUsers: formData.get('moveUsers') === 'on',
  };
}

/**
 * Records a merge: the old units close the day before `effectiveOn`, UnitSuccession rows map each
 * to the new unit (existing, or created here), and optionally the live organizations and the
 * users of the old units move to the new one. Reports and history keep the old units' ids.
 */
export async function mergeUnits(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const admin = await requirePermission('unit.manage');
  const values = formValues(formData);
  const raw = mergeInput(formData);
  values.predecessorIds = raw.predecessorIds.join(',');
  const parsed = mergeUnitsSchema.safeParse(raw);
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;
  const closeOn = addDays(input.effectiveOn, -1);

  let newUnit: NewUnit | null = null;
  if (input.target === 'new') {
    const checked = mergeNewUnitSchema.safeParse(raw.newUnit);
    if (!checked.success) {
      const errors = invalidState(checked.error, values);
      if (errors.status === 'error') {
        errors.fieldErrors = Object.fromEntries(Object.entries(errors.fieldErrors).map(([k, v]) => [`newUnit.${k}`, v]));
      }
      return errors;
    }
    newUnit = checked.data;
    const problems = await checkNewUnit(newUnit, input.effectiveOn, 'newUnit.');
    if (problems) return errorState(CHECK_FIELDS, problems, values);
  }

  const predecessors = await prisma.administrativeUnit.findMany({
    where: { id: { in: input.predecessorIds } },
    select: { id: true, name: true, type: true, validFrom: true, validTo: true },
  });
  if (predecessors.length !== input.predecessorIds.length) return errorState('Một số đơn vị cũ không còn tồn tại.', {}, values);
  for (const p of predecessors) {
    if (p.validTo) {
      return errorState(CHECK_FIELDS, { predecessorIds: `${unitLabel(p)} đã đóng từ ngày ${formatDate(addDays(p.validTo, 1))}.` }, values);
    }
    if (p.validFrom >= closeOn) {
      return errorState(
        CHECK_FIELDS,
        { effectiveOn: `${unitLabel(p)} có hiệu lực từ ${formatDate(p.validFrom)}; ngày sáp nhập phải sau ${formatDate(addDays(p.validFrom, 1))}.` },
        values,
      );
    }
  }
  // Sub-units of an old unit would be left under a closed parent: they are merged or closed first.
  const blocking = await attachments(input.predecessorIds, closeOn);
  if (blocking.openChildren) {
    return errorState(
      `Các đơn vị cũ còn ${formatNumber(blocking.openChildren)} đơn vị trực thuộc chưa đóng. Hãy sáp nhập hoặc đóng các đơn vị trực thuộc trước.`,
      {},
      values,
    );
  }

  let successorLabel: string;
  if (input.target === 'existing') {
    const successor = await prisma.administrativeUnit.findUnique({
      where: { id: input.successorId! },
      select: { name: true, type: true, validFrom: true, validTo: true },
    });
    if (!successor) return errorState(CHECK_FIELDS, { successorId: 'Đơn vị mới không tồn tại.' }, values);
    if (!isValidOn(successor, input.effectiveOn)) {
      return errorState(CHECK_FIELDS, { successorId: `${unitLabel(successor)} không có hiệu lực vào ngày ${formatDate(input.effectiveOn)}.` }, values);
    }
    successorLabel = unitLabel(successor);
  } else {
    successorLabel = unitLabel(newUnit!);
  }

  let result: { successorId: number; movedOrganizations: { id: number; slug: string; unitId: number }[]; movedUsers: number };
  try {
    result = await prisma.$transaction(
      async (tx) => {
        const successorId = newUnit ? await createUnitRow(tx, newUnit, input.effectiveOn, admin.id) : input.successorId!;
        await tx.unitSuccession.createMany({
          data: predecessors.map((p) => {
            const percent = input.shares[String(p.id)];
            return {
              predecessorId: p.id,
              successorId,
              effectiveOn: input.effectiveOn,
              share: percent == null ? null : new Prisma.Decimal((percent / 100).toFixed(4)),
              note: input.note,
            };
          }),
        });
        await tx.administrativeUnit.updateMany({ where: { id: { in: input.predecessorIds } }, data: { validTo: closeOn } });
        await tx.auditLog.createMany({
          data: predecessors.map((p) => ({
            userId: admin.id,
            action: 'unit.close',
            entity: 'AdministrativeUnit',
            entityId: String(p.id),
            before: { validTo: null },
            after: { validTo: closeOn.toISOString(), successorId },
          })),
        });

        const movedOrganizations = input.moveOrganizations
          ? await tx.organization.findMany({
              where: { unitId: { in: input.predecessorIds }, ...liveOrganizationWhere },
              select: { id: true, slug: true, unitId: true },
            })
          : [];
        if (movedOrganizations.length) {
          await tx.organization.updateMany({
            where: { id: { in: movedOrganizations.map((o) => o.id) } },
            // A form opened before the move is stale: its version no longer matches.
            data: { unitId: successorId, version: { increment: 1 } },
          });
          await tx.auditLog.createMany({
            data: movedOrganizations.map((o) => ({
              userId: admin.id,
              action: 'organization.moveUnit',
              entity: 'Organization',
              entityId: String(o.id),
              before: { unitId: o.unitId },
              after: { unitId: successorId },
            })),
          });
        }

        const users = input.moveUsers
          ? await tx.user.findMany({ where: { unitId: { in: input.predecessorIds } }, select: { id: true, unitId: true } })
          : [];
        if (users.length) {
          await tx.user.updateMany({ where: { id: { in: users.map((u) => u.id) } }, data: { unitId: successorId } });
          await tx.auditLog.createMany({
            data: users.map((u) => ({
              userId: admin.id,
              action: 'user.update',
              entity: 'User',
              entityId: String(u.id),
              before: { unitId: u.unitId },
              after: { unitId: successorId },
            })),
          });
        }

        await recordAudit(tx, {
          userId: admin.id,
          action: 'unit.merge',
          entity: 'AdministrativeUnit',
          entityId: String(successorId),
          after: {
            predecessorIds: input.predecessorIds,
            successorId,
            effectiveOn: input.effectiveOn.toISOString(),
            note: input.note,
            movedOrganizations: movedOrganizations.length,
            movedUsers: users.length,
          },
        });
        return { successorId, movedOrganizations, movedUsers: users.length };
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) return errorState('Sáp nhập này đã được ghi nhận trước đó (trùng đơn vị cũ, đơn vị mới và ngày hiệu lực).', {}, values);
    throw error;
  }

  const tags: string[] = [cacheTags.units];
  if (result.movedOrganizations.length) {
    tags.push(cacheTags.organizations, cacheTags.stats, cacheTags.statsSource('register'), ...result.movedOrganizations.map((o) => cacheTags.organization(o.slug)));
  }
  expirePublicTags(...tags);
  revalidatePath(UNITS_PATH);
  const moved = [
    result.movedOrganizations.length ? `chuyển ${formatNumber(result.movedOrganizations.length)} tổ chức` : null,
    result.movedUsers ? `chuyển ${formatNumber(result.movedUsers)} người dùng` : null,
  ].filter(Boolean);
  return {
    status: 'success',
    message: `Đã ghi nhận sáp nhập ${predecessors.map(unitLabel).join(', ')} vào ${successorLabel} từ ngày ${formatDate(input.effectiveOn)}${
      moved.length ? `; đã ${moved.join(' và ')}` : ''
    }.`,
    values: { successorId: String(result.successorId) },
  };
}
