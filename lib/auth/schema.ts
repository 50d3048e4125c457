import { z } from 'zod';

/** Sign-in input, checked by the sign-in form and again by the server (lib/auth/options.ts). */
export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Vui lòng nhập email.').email('Email không hợp lệ.'),
  password: z.string().min(1, 'Vui lòng nhập mật khẩu.'),
});

export type Credentials = z.infer<typeof credentialsSchema>;
