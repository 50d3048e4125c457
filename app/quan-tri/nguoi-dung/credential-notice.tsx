'use client';

import { useId, useState, useSyncExternalStore } from 'react';

import { formatDateTime } from '@/lib/format/date';
import type { IssuedCredential } from '@/lib/users/state';

const subscribe = () => () => {};
const origin = () => window.location.origin;

/**
 * The one-time password or invitation link an action just issued. It exists only in this
 * response: the database keeps a hash, so the admin copies it now or issues a new one later.
 */
export function CredentialNotice({ credential, userName }: { credential: IssuedCredential; userName: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const siteOrigin = useSyncExternalStore(subscribe, origin, () => '');
  const value = credential.kind === 'password' ? credential.password : `${siteOrigin}${credential.path}`;
  const label = credential.kind === 'password' ? 'Mật khẩu tạm thời' : 'Liên kết mời';

  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border-2 border-amber-400 bg-amber-50 p-5">
      <h2 id={`${id}-title`} className="text-lg font-bold text-slate-900">
        {label} của {userName}
      </h2>
      <p className="mt-1 text-slate-800">
        {credential.kind === 'password'
          ? 'Mật khẩu chỉ hiển thị một lần. Hãy gửi cho người dùng qua kênh an toàn; họ phải đổi mật khẩu ở lần đăng nhập đầu tiên.'
          : `Liên kết chỉ hiển thị một lần và dùng được một lần, hết hạn lúc ${formatDateTime(credential.expiresAt)}. Người được mời mở liên kết để tự đặt mật khẩu.`}
      </p>
      <label htmlFor={`${id}-value`} className="mt-4 block font-medium text-slate-800">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={`${id}-value`}
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2.5 font-mono text-base"
        />
        <button
          type="button"
          className="rounded-md border border-slate-300 bg-white px-4 py-2.5 font-medium text-slate-800 hover:bg-slate-100"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(value);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          Sao chép
        </button>
      </div>
      <p role="status" className="mt-2 min-h-6 text-sm text-slate-700">
        {copied ? 'Đã sao chép.' : ''}
      </p>
    </section>
  );
}
