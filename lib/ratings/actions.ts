'use server';

import { revalidatePath } from 'next/cache';

import { expireStatsTags } from '@/lib/cache/tags';

import { type ActionState, errorState, type FieldErrors, formValues } from '@/lib/actions/state';
import { auditValue, recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { OrgKind, SubmissionState } from '@/lib/generated/prisma/enums';
import { requestIp } from '@/lib/members/mutation';
import { ORG_KIND_SHORT, RATING_LABELS } from '@/lib/organizations/sectors';

import { requireRatingOrganization } from './access';
import { computeRating, pointsText, toHundredths } from './compute';
import { getAssessmentContext, getScheme, isRatingYear, schemeUsage } from './queries';
import { noteSchema, parseSchemeForm, reasonSchema, scoreInput, type SchemeInput } from './schema';

const LIST_PATH = '/quan-tri/xep-loai';
const formPath = (organizationId: number, year: number) => `${LIST_PATH}/${organizationId}/${year}`;

function revalidateAssessment(organizationId: number, year: number) {
  revalidatePath(formPath(organizationId, year));
  revalidatePath(LIST_PATH);
  expireStatsTags('ratings');
}

/** Points in hundredths as the Decimal(5,2) columns take them. */
const decimal = (hundredths: number) => new Prisma.Decimal(hundredths).dividedBy(100);

const EDITABLE: readonly SubmissionState[] = ['DRAFT', 'RETURNED'];

const lockedMessage: Record<SubmissionState, string> = {
  DRAFT: '',
  RETURNED: '',
  SUBMITTED: 'Phiếu tự đánh giá đã gửi và đang chờ Liên minh xác nhận: không sửa được. Nếu cần sửa, đề nghị cán bộ Liên minh trả lại phiếu.',
  APPROVED: 'Phiếu tự đánh giá đã được xác nhận nên không sửa được. Cán bộ Liên minh có thể mở khóa (ghi rõ lý do) nếu cần sửa.',
};

/**
 * Saves the self-assessment as a draft, or submits it (intent=submit). The total and the band are
 * recomputed here from the points sent, each point checked against its criterion's maximum; the
 * "not rated" rule comes from the register (founding date, status history), whatever the points.
 */
export async function saveAssessment(organizationId: number, year: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, org } = await requireRatingOrganization('rating.assess', organizationId);
  const values = formValues(formData);
  if (!isRatingYear(year)) return errorState('Năm xếp loại không hợp lệ.', {}, values);
  const submit = values.intent === 'submit';
  const { scheme, assessment, notRated } = await getAssessmentContext(org, year);
  if (!scheme) return errorState(`${org.name} không thuộc đối tượng xếp loại năm ${year}: không có bộ tiêu chí nào áp dụng cho loại hình này.`, {}, values);
  if (assessment && !EDITABLE.includes(assessment.state)) return errorState(lockedMessage[assessment.state], {}, values);

  const note = noteSchema.safeParse(values.note);
  const inputs: Record<number, string> = {};
  for (const c of scheme.criteria) inputs[c.id] = values[scoreInput(c.id)] ?? '';
  const result = computeRating({ criteria: scheme.criteria, bands: scheme.bands, schemeMaxPoints: scheme.maxPoints, inputs, notRated: notRated != null });
  const fieldErrors: FieldErrors = {};
  for (const p of result.problems) fieldErrors[scoreInput(p.criterionId)] = p.message;
  if (!note.success) fieldErrors.note = note.error.issues[0]?.message;
  if (submit && !notRated) {
    for (const c of scheme.criteria) if (!result.scores.has(c.id) && !fieldErrors[scoreInput(c.id)]) fieldErrors[scoreInput(c.id)] = `Tiêu chí ${c.ordinal}: chưa nhập điểm.`;
  }
  if (Object.keys(fieldErrors).length > 0) {
    const missing = submit && Object.values(fieldErrors).some((m) => m?.endsWith('chưa nhập điểm.'));
    return errorState(missing ? 'Cần chấm điểm đủ mọi tiêu chí trước khi gửi.' : 'Vui lòng kiểm tra lại các trường được đánh dấu.', fieldErrors, values);
  }
  if (result.formProblem || !result.rating || !note.success) return errorState(result.formProblem ?? 'Không tính được xếp loại.', {}, values);

  const rating = result.rating;
  const now = new Date();
  const state: SubmissionState = submit ? 'SUBMITTED' : 'DRAFT';
  const data = {
    totalPoints: decimal(result.totalHundredths),
    rating,
    note: note.data,
    state,
    ...(submit ? { submittedAt: now, assessedOn: new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`) } : {}),
  };
  const ip = await requestIp();
  try {
    await prisma.$transaction(async (tx) => {
      let id: number;
      if (assessment) {
        // Only if nobody submitted or confirmed it since the form was read.
        const { count } = await tx.ratingAssessment.updateMany({ where: { id: assessment.id, state: { in: [...EDITABLE] } }, data });
        if (count === 0) throw new StaleError();
        id = assessment.id;
        await tx.ratingScore.deleteMany({ where: { assessmentId: id } });
      } else {
        id = (await tx.ratingAssessment.create({ data: { organizationId: org.id, schemeId: scheme.id, year, ...data }, select: { id: true } })).id;
      }
      await tx.ratingScore.createMany({ data: [...result.scores].map(([criterionId, h]) => ({ assessmentId: id, criterionId, points: decimal(h) })) });
      await recordAudit(tx, {
        userId: user.id,
        action: submit ? 'rating.submit' : 'rating.save',
        entity: 'RatingAssessment',
        entityId: String(id),
        before: assessment ? { state: assessment.state, rating: assessment.rating, totalPoints: auditValue(assessment.totalPoints) } : undefined,
        after: { organizationId: org.id, year, state, rating, totalPoints: pointsText(result.totalHundredths).replace(',', '.'), scores: Object.fromEntries([...result.scores].map(([k, h]) => [k, h / 100])) },
        ip,
      });
    });
  } catch (error) {
    if (error instanceof StaleError || (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) {
      return errorState('Phiếu vừa được người khác thay đổi. Hãy tải lại trang để xem bản mới nhất.', {}, values);
    }
    throw error;
  }
  revalidateAssessment(org.id, year);
  const band = rating === 'NOT_RATED' ? 'không xếp loại' : `xếp loại ${RATING_LABELS[rating]}`;
  return {
    status: 'success',
    message: submit
      ? `Đã gửi phiếu tự đánh giá năm ${year}: ${pointsText(result.totalHundredths)} điểm, ${band}. Liên minh sẽ xem xét và xác nhận.`
      : `Đã lưu nháp: ${pointsText(result.totalHundredths)} điểm, ${band}${result.complete || notRated ? '' : ' (tạm tính, còn tiêu chí chưa chấm)'}.`,
    values,
  };
}

class StaleError extends Error {}

async function reviewable(organizationId: number, year: number, values: Record<string, string>) {
  const access = await requireRatingOrganization('report.approve', organizationId);
  if (!isRatingYear(year)) return { ok: false, state: errorState('Năm xếp loại không hợp lệ.', {}, values) } as const;
  const assessment = await prisma.ratingAssessment.findUnique({
    where: { organizationId_year: { organizationId, year } },
    select: { id: true, state: true, rating: true, totalPoints: true },
  });
  if (!assessment) return { ok: false, state: errorState(`Chưa có phiếu tự đánh giá năm ${year}.`, {}, values) } as const;
  return { ok: true, ...access, assessment, ip: await requestIp() } as const;
}

/** Staff confirm a submitted self-assessment: it becomes the organization's rating, read-only. */
export async function confirmAssessment(organizationId: number, year: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const r = await reviewable(organizationId, year, values);
  if (!r.ok) return r.state;
  if (r.assessment.state !== 'SUBMITTED') return errorState('Chỉ xác nhận được phiếu đã gửi.', {}, values);
  const changed = await prisma.$transaction(async (tx) => {
    const { count } = await tx.ratingAssessment.updateMany({
      where: { id: r.assessment.id, state: 'SUBMITTED' },
      data: { state: 'APPROVED', reviewedAt: new Date(), reviewedById: r.user.id, returnReason: null },
    });
    if (count === 0) return false;
    await recordAudit(tx, {
      userId: r.user.id,
      action: 'rating.approve',
      entity: 'RatingAssessment',
      entityId: String(r.assessment.id),
      before: { state: 'SUBMITTED' },
      after: { state: 'APPROVED', rating: r.assessment.rating, totalPoints: auditValue(r.assessment.totalPoints) },
      ip: r.ip,
    });
    return true;
  });
  if (!changed) return errorState('Phiếu vừa được người khác xử lý. Hãy tải lại trang.', {}, values);
  revalidateAssessment(organizationId, year);
  return { status: 'success', message: `Đã xác nhận xếp loại năm ${year} của ${r.org.name}.` };
}

/** Staff send a submitted self-assessment back with a reason; the organization corrects and resubmits. */
export async function returnAssessment(organizationId: number, year: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const r = await reviewable(organizationId, year, values);
  if (!r.ok) return r.state;
  const reason = reasonSchema('trả lại').safeParse(values.reason ?? '');
  if (!reason.success) return errorState('Cần ghi lý do trả lại.', { reason: reason.error.issues[0]?.message }, values);
  if (r.assessment.state !== 'SUBMITTED') return errorState('Chỉ trả lại được phiếu đã gửi.', {}, values);
  const changed = await prisma.$transaction(async (tx) => {
    const { count } = await tx.ratingAssessment.updateMany({
      where: { id: r.assessment.id, state: 'SUBMITTED' },
      data: { state: 'RETURNED', reviewedAt: new Date(), reviewedById: r.user.id, returnReason: reason.data },
    });
    if (count === 0) return false;
    await recordAudit(tx, {
      userId: r.user.id,
      action: 'rating.return',
      entity: 'RatingAssessment',
      entityId: String(r.assessment.id),
      before: { state: 'SUBMITTED' },
      after: { state: 'RETURNED', returnReason: reason.data },
      ip: r.ip,
    });
    return true;
  });
  if (!changed) return errorState('Phiếu vừa được người khác xử lý. Hãy tải lại trang.', {}, values);
  revalidateAssessment(organizationId, year);
  return { status: 'success', message: `Đã trả lại phiếu tự đánh giá năm ${year} của ${r.org.name}.` };
}

/**
 * Staff unlock a confirmed rating so it can be corrected: it goes back to the organization as
 * returned, with the reason, which the audit log keeps.
 */
export async function unlockAssessment(organizationId: number, year: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const r = await reviewable(organizationId, year, values);
  if (!r.ok) return r.state;
  const reason = reasonSchema('mở khóa').safeParse(values.reason ?? '');
  if (!reason.success) return errorState('Cần ghi lý do mở khóa.', { reason: reason.error.issues[0]?.message }, values);
  if (r.assessment.state !== 'APPROVED') return errorState('Chỉ mở khóa được phiếu đã xác nhận.', {}, values);
  const changed = await prisma.$transaction(async (tx) => {
    const { count } = await tx.ratingAssessment.updateMany({
      where: { id: r.assessment.id, state: 'APPROVED' },
      data: { state: 'RETURNED', reviewedAt: new Date(), reviewedById: r.user.id, returnReason: `Mở khóa để sửa: ${reason.data}` },
    });
    if (count === 0) return false;
    await recordAudit(tx, {
      userId: r.user.id,
      action: 'rating.unlock',
      entity: 'RatingAssessment',
      entityId: String(r.assessment.id),
      before: { state: 'APPROVED' },
      after: { state: 'RETURNED', reason: reason.data },
      ip: r.ip,
    });
    return true;
  });
  if (!changed) return errorState('Phiếu vừa được người khác xử lý. Hãy tải lại trang.', {}, values);
  revalidateAssessment(organizationId, year);
  return { status: 'success', message: `Đã mở khóa phiếu năm ${year}. Phiếu chuyển về trạng thái bị trả lại để sửa.` };
}

// ───────────────────────────── Schemes ─────────────────────────────


const kindsText = (kinds: readonly OrgKind[]) => (kinds.length === 0 ? 'mọi loại hình' : kinds.map((k) => ORG_KIND_SHORT[k]).join(', '));
const covers = (outer: readonly OrgKind[], inner: readonly OrgKind[]) => outer.length === 0 || (inner.length > 0 && inner.every((k) => outer.includes(k)));
const overlaps = (a: readonly OrgKind[], b: readonly OrgKind[]) => a.length === 0 || b.length === 0 || a.some((k) => b.includes(k));

function bandRows(bands: SchemeInput['bands']) {
  return bands.map((b) => ({ rating: b.rating, minPoints: new Prisma.Decimal(b.minPoints), maxPoints: b.maxPoints == null ? null : new Prisma.Decimal(b.maxPoints) }));
}

/**
 * An admin adds a scheme from a given year (1/1), with its criteria and bands. An earlier scheme
 * for the same kinds stops at the end of the year before (its validTo is set), so each year has
 * one scheme per kind; a year already confirmed under the old scheme cannot be taken over.
 */
export async function createRatingScheme(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('rating.manage');
  const values = formValues(formData);
  const parsed = parseSchemeForm(values);
  if (!parsed.ok) return errorState(parsed.message, parsed.fieldErrors, values);
  const s = parsed.data;
  if (await prisma.ratingScheme.findUnique({ where: { code: s.code }, select: { id: true } })) {
    return errorState('Mã bộ tiêu chí đã có.', { code: `Đã có bộ tiêu chí mã ${s.code}.` }, values);
  }
  const validFrom = new Date(Date.UTC(s.validFromYear, 0, 1));
  const dayBefore = new Date(Date.UTC(s.validFromYear - 1, 11, 31));
  const open = (await prisma.ratingScheme.findMany({ where: { OR: [{ validTo: null }, { validTo: { gte: validFrom } }] } })).filter((o) => overlaps(o.orgKinds, s.orgKinds));
  for (const old of open) {
    if (old.validFrom.getUTCFullYear() >= s.validFromYear) {
      return errorState(`Bộ tiêu chí ${old.code} (${kindsText(old.orgKinds)}) áp dụng từ năm ${old.validFrom.getUTCFullYear()}: bộ mới cho cùng loại hình phải áp dụng từ năm ${old.validFrom.getUTCFullYear() + 1} trở đi.`, { validFromYear: 'Năm bắt đầu áp dụng quá sớm.' }, values);
    }
    const [latest] = await prisma.$queryRaw<{ year: number | null; n: number }[]>`
      SELECT max(year)::int AS year, count(*)::int AS n FROM "RatingAssessment"
       WHERE "schemeId" = ${old.id} AND state = 'APPROVED' AND year >= ${s.validFromYear}`;
    if (latest && latest.n > 0 && latest.year != null) {
      return errorState(
        `Đã có ${latest.n} phiếu xếp loại từ năm ${s.validFromYear} đến năm ${latest.year} được xác nhận theo bộ ${old.code}: bộ mới chỉ áp dụng được từ năm ${latest.year + 1}.`,
        { validFromYear: `Chọn năm từ ${latest.year + 1} trở đi.` },
        values,
      );
    }
  }
  const ip = await requestIp();
  const closed: string[] = [];
  const created = await prisma.$transaction(async (tx) => {
    for (const old of open) {
      // Only a scheme the new one covers entirely is closed; otherwise its other kinds keep it, and
      // the newer scheme wins for the shared kinds (findApplicableScheme prefers the newest).
      if (!covers(s.orgKinds, old.orgKinds)) continue;
      await tx.ratingScheme.update({ where: { id: old.id }, data: { validTo: dayBefore } });
      await recordAudit(tx, { userId: user.id, action: 'ratingScheme.close', entity: 'RatingScheme', entityId: String(old.id), before: { validTo: auditValue(old.validTo) }, after: { validTo: auditValue(dayBefore) }, ip });
      closed.push(old.code);
    }
    const scheme = await tx.ratingScheme.create({
      data: {
        code: s.code,
        name: s.name,
        legalBasis: s.legalBasis,
        maxPoints: s.maxPoints,
        minMonthsOperating: s.minMonthsOperating,
        maxMonthsStopped: s.maxMonthsStopped,
        orgKinds: s.orgKinds,
        validFrom,
        criteria: { create: s.criteria.map((c, i) => ({ ordinal: i + 1, ...c })) },
        bands: { create: bandRows(s.bands) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      userId: user.id,
      action: 'ratingScheme.create',
      entity: 'RatingScheme',
      entityId: String(scheme.id),
      after: auditValue({ ...s, validFrom }) as Prisma.InputJsonValue,
      ip,
    });
    return scheme;
  });
  revalidatePath(LIST_PATH, 'layout');
  expireStatsTags('ratings');
  return {
    status: 'success',
    message: `Đã thêm bộ tiêu chí ${s.code}, áp dụng từ năm ${s.validFromYear} cho ${kindsText(s.orgKinds)}.${closed.length > 0 ? ` Bộ ${closed.join(', ')} áp dụng đến hết năm ${s.validFromYear - 1}.` : ''}`,
    values: { id: String(created.id) },
  };
}

/**
 * An admin corrects a scheme that no confirmed rating uses yet (a confirmed rating must keep the
 * criteria and bands it was confirmed under). Criteria are matched by their order; unconfirmed
 * assessments keep their points, and their totals and bands are worked out again.
 */
export async function updateRatingScheme(schemeId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('rating.manage');
  const values = formValues(formData);
  const scheme = Number.isSafeInteger(schemeId) ? await getScheme(schemeId) : null;
  if (!scheme) return errorState('Không tìm thấy bộ tiêu chí.', {}, values);
  const used = (await schemeUsage(scheme.id)).get(scheme.id);
  if (used && used.confirmed > 0) {
    return errorState(
      `Không sửa được: bộ tiêu chí ${scheme.code} đã dùng cho ${used.confirmed} phiếu xếp loại đã xác nhận, và các phiếu đó phải giữ nguyên tiêu chí, thang điểm đã xác nhận. Hãy thêm bộ tiêu chí mới áp dụng từ năm sau.`,
      {},
      values,
    );
  }
  const parsed = parseSchemeForm(values, { fixed: { code: scheme.code, validFromYear: scheme.validFrom.getUTCFullYear() } });
  if (!parsed.ok) return errorState(parsed.message, parsed.fieldErrors, values);
  const s = parsed.data;

  // Points already given in unconfirmed assessments must still fit.
  const scored = await prisma.$queryRaw<{ ordinal: number; n: number; top: string }[]>`
    SELECT c.ordinal, count(*)::int AS n, max(sc.points)::text AS top
      FROM "RatingScore" sc JOIN "RatingCriterion" c ON c.id = sc."criterionId"
     WHERE c."schemeId" = ${scheme.id}
     GROUP BY c.ordinal`;
  for (const row of scored) {
    const next = s.criteria[row.ordinal - 1];
    if (!next) return errorState(`Không bỏ được tiêu chí ${row.ordinal}: đã có ${row.n} phiếu tự đánh giá chấm điểm tiêu chí này.`, {}, values);
    if (Number(row.top) > next.maxPoints) return errorState(`Tiêu chí ${row.ordinal} đã được chấm ${pointsText(toHundredths(Number(row.top)))} điểm trong phiếu tự đánh giá: điểm tối đa không thể thấp hơn.`, {}, values);
  }
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    await tx.ratingScheme.update({
      where: { id: scheme.id },
      data: { name: s.name, legalBasis: s.legalBasis, maxPoints: s.maxPoints, minMonthsOperating: s.minMonthsOperating, maxMonthsStopped: s.maxMonthsStopped, orgKinds: s.orgKinds },
    });
    for (const [i, c] of s.criteria.entries()) {
      await tx.ratingCriterion.upsert({ where: { schemeId_ordinal: { schemeId: scheme.id, ordinal: i + 1 } }, create: { schemeId: scheme.id, ordinal: i + 1, ...c }, update: c });
    }
    await tx.ratingCriterion.deleteMany({ where: { schemeId: scheme.id, ordinal: { gt: s.criteria.length } } });
    await tx.ratingBand.deleteMany({ where: { schemeId: scheme.id } });
    await tx.ratingBand.createMany({ data: bandRows(s.bands).map((b) => ({ ...b, schemeId: scheme.id })) });
    // Totals and bands of the assessments made under this scheme (none is confirmed), from their points.
    await tx.$executeRaw`
      UPDATE "RatingAssessment" a
         SET "totalPoints" = t.total,
             rating = CASE WHEN a.rating = 'NOT_RATED' THEN a.rating
                           ELSE coalesce((SELECT b.rating FROM "RatingBand" b
                                           WHERE b."schemeId" = a."schemeId" AND t.total >= b."minPoints" AND (b."maxPoints" IS NULL OR t.total < b."maxPoints")
                                           LIMIT 1), a.rating) END
        FROM (SELECT a2.id, coalesce((SELECT sum(points) FROM "RatingScore" sc WHERE sc."assessmentId" = a2.id), 0) AS total
                FROM "RatingAssessment" a2 WHERE a2."schemeId" = ${scheme.id}) t
       WHERE a.id = t.id`;
    await recordAudit(tx, {
      userId: user.id,
      action: 'ratingScheme.update',
      entity: 'RatingScheme',
      entityId: String(scheme.id),
      before: auditValue({ name: scheme.name, legalBasis: scheme.legalBasis, maxPoints: scheme.maxPoints, orgKinds: scheme.orgKinds, criteria: scheme.criteria.map(({ groupName, title, maxPoints }) => ({ groupName, title, maxPoints })), bands: scheme.bands }) as Prisma.InputJsonValue,
      after: auditValue({ name: s.name, legalBasis: s.legalBasis, maxPoints: s.maxPoints, orgKinds: s.orgKinds, criteria: s.criteria, bands: s.bands }) as Prisma.InputJsonValue,
      ip,
    });
  });
  revalidatePath(LIST_PATH, 'layout');
  expireStatsTags('ratings');
  return { status: 'success', message: `Đã lưu bộ tiêu chí ${scheme.code}.`, values };
}
