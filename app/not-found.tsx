import { NotFoundContent } from '@/components/site/not-found-content';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { SkipLink } from '@/components/site/skip-link';

export const metadata = { title: 'Không tìm thấy trang' };

/** For URLs no route matches (rendered in the root layout only, so it brings the site header). */
export default function NotFound() {
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <main id="noi-dung-chinh" className="px-4 py-8">
        <NotFoundContent />
      </main>
      <SiteFooter />
    </>
  );
}
