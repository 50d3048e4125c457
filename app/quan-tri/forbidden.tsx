import { ForbiddenContent } from '@/components/site/forbidden-content';

export const metadata = { title: 'Không có quyền truy cập' };

/** forbidden() from a workspace page renders here, inside the workspace layout. */
export default function Forbidden() {
  return <ForbiddenContent />;
}
