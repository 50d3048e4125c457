import { AppLink } from '@/components/ui/app-link';
import { site } from '@/lib/site';
import { getPublicSiteLinks } from '@/lib/site-links/queries';

import { Emblem } from './emblem';

/**
 * Contact details, the licence line and the main links: what a Vietnamese agency portal's footer
 * carries. The links are editable (/quan-tri/menu) and read through the data cache.
 */
export async function SiteFooter() {
  const { footer } = await getPublicSiteLinks();
  return (
    <footer className="mt-16 border-t-4 border-brand-700 bg-white">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
        <div className="md:col-span-2">
          <div className="flex items-center gap-3">
            <Emblem className="h-10 w-10 shrink-0" />
            <p className="text-lg font-bold text-brand-800 uppercase">{site.name}</p>
          </div>
          <address className="mt-3 not-italic">
            <dl className="space-y-1 text-slate-700">
              <div>
                <dt className="inline font-medium">Địa chỉ: </dt>
                <dd className="inline">{site.address}</dd>
              </div>
              <div>
                <dt className="inline font-medium">Điện thoại: </dt>
                <dd className="inline">
                  <a href={`tel:${site.phone.replace(/\s/g, '')}`} className="underline-offset-4 hover:underline">
                    {site.phone}
                  </a>
                </dd>
              </div>
              <div>
                <dt className="inline font-medium">Email: </dt>
                <dd className="inline">
                  <a href={`mailto:${site.email}`} className="underline-offset-4 hover:underline">
                    {site.email}
                  </a>
                </dd>
              </div>
              <div>
                <dt className="inline font-medium">Giờ làm việc: </dt>
                <dd className="inline">{site.workingHours}</dd>
              </div>
            </dl>
          </address>
          <div className="mt-4 space-y-1 text-sm text-slate-600">
            <p>{site.responsible}</p>
            <p>{site.licence}</p>
            <p>Ghi rõ nguồn “{site.shortName}” khi phát hành lại thông tin từ cổng thông tin này.</p>
          </div>
        </div>
        <nav aria-label="Liên kết chân trang">
          <ul className="grid grid-cols-2 gap-x-4 gap-y-2 md:grid-cols-1">
            {footer.map((l, i) => (
              <li key={`${i}:${l.href}`}>
                <AppLink href={l.href} lang={isEnglishPath(l.href) ? 'en' : undefined} className="text-brand-800 hover:underline">
                  {l.label}
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}

/** The English pages' links are labelled in English ("English"), so screen readers switch voice. */
function isEnglishPath(href: string): boolean {
  return href === '/en' || href.startsWith('/en/');
}
