import { NotFoundContent } from '@/components/site/not-found-content';

export const metadata = { title: 'Không tìm thấy trang' };

/** notFound() from a public page renders here, inside the public layout's header and footer. */
export default function NotFound() {
  return <NotFoundContent />;
}
