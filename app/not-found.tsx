import { BareShell } from '@/components/site/bare-shell';
import { NotFoundContent } from '@/components/site/not-found-content';

export const metadata = { title: 'Không tìm thấy trang' };

/** For URLs no route matches (rendered in the root layout only; see BareShell for why it is small). */
export default function NotFound() {
  return (
    <BareShell>
      <NotFoundContent />
    </BareShell>
  );
}
