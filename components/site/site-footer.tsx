import Link from 'next/link';

import { footerLinks, site } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t-4 border-brand-700 bg-white">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
        <div className="md:col-span-2">
          <p className="text-lg font-bold text-brand-800 uppercase">{site.name}</p>
          <dl className="mt-3 space-y-1 text-slate-700">
            <div>
              <dt className="inline font-medium">Địa chỉ: </dt>
              <dd className="inline">{site.address}</dd>
            </div>
            <div>
              <dt className="inline font-medium">Điện thoại: </dt>
              <dd className="inline">
                <a href={`tel:${site.phone.replace(/\s/g, '')}`} className="hover:underline">
                  {site.phone}
                </a>
              </dd>
            </div>
            <div>
              <dt className="inline font-medium">Email: </dt>
              <dd className="inline">
                <a href={`mailto:${site.email}`} className="hover:underline">
                  {site.email}
                </a>
              </dd>
            </div>
            <div>
              <dt className="inline font-medium">Giờ làm việc: </dt>
              <dd className="inline">{site.workingHours}</dd>
            </div>
          </dl>
          <p className="mt-4 text-sm text-slate-600">
            Ghi rõ nguồn “{site.shortName}” khi phát hành lại thông tin từ cổng thông tin này.
          </p>
        </div>
        <nav aria-label="Liên kết chân trang">
          <ul className="space-y-2">
            {footerLinks.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="text-brand-800 hover:underline">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
