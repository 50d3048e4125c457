import { Role } from '@/lib/generated/prisma/enums';
import { z } from '@/lib/validation/zod';
import { cleanLine } from '@/lib/validation/control-chars';

/**
 * Input of the user-management forms. Shared by the server actions and the form components, so
 * the rules and their Vietnamese messages are written once.
 */

export const PASSWORD_MIN_LENGTH = 10;

const nfc = cleanLine;

const name = z
  .string({ error: 'Vui lòng nhập họ và tên.' })
  .transform(nfc)
  .pipe(z.string().trim().min(1, 'Vui lòng nhập họ và tên.').max(120, 'Họ và tên dài quá 120 ký tự.'));

/** Emails are compared in NFC and lower case, so "An@X.vn" and "an@x.vn" are one account. */
export const emailField = z
  .string({ error: 'Vui lòng nhập email.' })
  .transform((value) => nfc(value).trim().toLowerCase())
  .pipe(z.string().min(1, 'Vui lòng nhập email.').max(200, 'Email dài quá 200 ký tự.').email('Email không hợp lệ.'));

const role = z.enum(Role, { error: 'Vui lòng chọn vai trò.' });

/** A unit id from a <select>: empty means none. */
const optionalUnitId = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    if (!/^\d{1,9}$/.test(value)) {
      ctx.addIssue({ code: 'custom', message: 'Đơn vị không hợp lệ.' });
      return z.NEVER;
    }
    return Number(value);
  });

export const CREDENTIAL_MODES = ['password', 'invitation'] as const;
export type CredentialMode = (typeof CREDENTIAL_MODES)[number];

const credentialMode = z.enum(CREDENTIAL_MODES, { error: 'Vui lòng chọn cách cấp mật khẩu.' });

function requireUnitForOfficer(value: { role: Role; unitId: number | null }, ctx: z.RefinementCtx) {
  if (value.role === 'DISTRICT_OFFICER' && value.unitId == null) {
    ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'Cán bộ cấp xã/huyện phải có địa bàn phụ trách.' });
  }
}

/** A representative account is tied to one organization: it is created from that organization's page. */
function refuseRepresentative(value: { role: Role }, ctx: z.RefinementCtx) {
  if (value.role === 'ORG_REPRESENTATIVE') {
    ctx.addIssue({ code: 'custom', path: ['role'], message: 'Tài khoản đại diện tổ chức được tạo từ trang của tổ chức đó (mục “Tài khoản đại diện”).' });
  }
}

export const createUserSchema = z
  .object({ name, email: emailField, role, unitId: optionalUnitId, mode: credentialMode })
  .superRefine(requireUnitForOfficer)
  .superRefine(refuseRepresentative);

/** A representative account, created from its organization's page. */
export const createRepresentativeSchema = z.object({ name, email: emailField, mode: credentialMode });

export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({ name, role, unitId: optionalUnitId }).superRefine(requireUnitForOfficer);

export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const resetPasswordSchema = z.object({ mode: credentialMode });

/**
 * The rules for a password a person chooses: long enough, and not their own email (nor the part
 * before the @, which is the first thing anyone would try).
 */
export function checkNewPassword(password: string, email: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`;
  if (password.length > 200) return 'Mật khẩu dài quá 200 ký tự.';
  const lowered = password.normalize('NFC').trim().toLowerCase();
  const address = email.toLowerCase();
  if (lowered === address || lowered === address.split('@')[0]) return 'Mật khẩu không được trùng với email.';
  return null;
}

/** New password + confirmation, checked against the account's email. */
export function newPasswordSchema(email: string) {
  return z
    .object({
      newPassword: z.string({ error: 'Vui lòng nhập mật khẩu mới.' }),
      confirmPassword: z.string({ error: 'Vui lòng nhập lại mật khẩu mới.' }),
    })
    .superRefine((value, ctx) => {
      const problem = checkNewPassword(value.newPassword, email);
      if (problem) ctx.addIssue({ code: 'custom', path: ['newPassword'], message: problem });
      else if (value.confirmPassword !== value.newPassword) {
        ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'Mật khẩu nhập lại không khớp.' });
      }
    });
}

export function changePasswordSchema(email: string) {
  return z
    .object({ currentPassword: z.string().min(1, 'Vui lòng nhập mật khẩu hiện tại.') })
    .and(newPasswordSchema(email))
    .superRefine((value, ctx) => {
      if (value.currentPassword && value.currentPassword === value.newPassword) {
        ctx.addIssue({ code: 'custom', path: ['newPassword'], message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' });
      }
    });
}
