import { BareShell } from '@/components/site/bare-shell';
import { ForbiddenContent } from '@/components/site/forbidden-content';

export const metadata = { title: 'Không có quyền truy cập' };

/** Rendered in the root layout only (see BareShell for why it is small). */
export default function Forbidden() {
  return (
    <BareShell>
      <ForbiddenContent />
    </BareShell>
  );
}
