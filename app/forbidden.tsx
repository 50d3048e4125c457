import { ForbiddenContent } from '@/components/site/forbidden-content';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { SkipLink } from '@/components/site/skip-link';

export const metadata = { title: 'Không có quyền truy cập' };

/** Rendered in the root layout only, so it brings the site header. */
export default function Forbidden() {
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <main id="noi-dung-chinh" className="mx-auto max-w-6xl px-4 py-8">
        <ForbiddenContent />
      </main>
      <SiteFooter />
    </>
  );
}
