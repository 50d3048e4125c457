import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';

import { Emblem } from '@/components/site/emblem';
import { SkipLink } from '@/components/site/skip-link';
import { accountNavItem, workspaceNav, type NavCount } from '@/components/workspace/nav-items';
import { SidebarNav, type SidebarLink } from '@/components/workspace/sidebar-nav';
import { UserMenu } from '@/components/workspace/user-menu';
import { roleHas, roleLabels } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { countPendingComments } from '@/lib/comments/queries';
import { countUnreadNotifications } from '@/lib/notifications/queries';
import { site } from '@/lib/site';

export const metadata: Metadata = {
  title: { default: 'Quản trị', template: `%s | Quản trị – ${site.shortName}` },
  robots: { index: false, follow: false },
};

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  // With a one-time password, every page but the account page redirects there (requirePermission):
  // the menu offers only that page.
  const items = user.mustChangePassword ? [] : workspaceNav.filter((item) => roleHas(user.role, item.permission));
  const wanted = new Set(items.flatMap((item) => (item.count ? [item.count] : [])));
  const [unread, pendingComments] = await Promise.all([countUnreadNotifications(user.id), wanted.has('pendingComments') ? countPendingComments() : 0]);
  const counts: Record<NavCount, { value: number; label: string }> = { pendingComments: { value: pendingComments, label: 'chờ duyệt' } };
  const links: SidebarLink[] = user.mustChangePassword
    ? [accountNavItem]
    : items.map(({ href, label, count }) => ({ href, label, ...(count ? { count: counts[count].value, countLabel: counts[count].label } : {}) }));

  return (
    <div className="min-h-screen bg-slate-100">
      <SkipLink />
      <header className="border-b border-slate-200 bg-white">
        <div className="flex flex-wrap items-center justify-between gap-4 px-4 py-3 lg:px-6">
          <Link href="/quan-tri" className="flex items-center gap-3 rounded-md">
            <Emblem className="h-11 w-11 shrink-0" />
            <span className="leading-tight">
              <span className="block text-sm text-slate-600">Trang quản trị</span>
              <span className="block font-bold text-brand-800 uppercase">{site.shortName}</span>
            </span>
          </Link>
          <div className="flex flex-wrap items-center gap-4">
            <Link
              href="/quan-tri/thong-bao"
              className="rounded-md border border-slate-300 px-3 py-2 font-medium text-slate-800 hover:bg-slate-100"
            >
              <span aria-hidden="true">🔔 </span>
              Thông báo
              {unread > 0 ? (
                <span className="ml-2 inline-block min-w-6 rounded-full bg-red-700 px-1.5 text-center text-sm font-bold text-white">
                  {unread > 99 ? '99+' : unread}
                  <span className="sr-only"> chưa đọc</span>
                </span>
              ) : null}
            </Link>
            <UserMenu name={user.name} roleLabel={roleLabels[user.role]} />
          </div>
        </div>
      </header>
      <div className="lg:flex">
        <aside className="print:hidden border-b border-slate-200 bg-white p-4 lg:min-h-[calc(100vh-4.5rem)] lg:w-64 lg:shrink-0 lg:border-r lg:border-b-0">
          <SidebarNav links={links} />
          <p className="mt-6 border-t border-slate-200 pt-4 text-sm">
            <Link href="/" className="text-slate-600 hover:text-brand-800 hover:underline">
              Xem cổng thông tin ›
            </Link>
          </p>
        </aside>
        <main id="noi-dung-chinh" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 focus:outline-none lg:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
