import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/400-italic.css';
import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './globals.css';

import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { siteUrl } from '@/lib/seo/site-url';
import { site } from '@/lib/site';

// A function rather than a constant so that the origin (SITE_URL) is read when a page renders,
// not baked in at build time: one build serves any domain.
export function generateMetadata(): Metadata {
  return {
    metadataBase: siteUrl(),
    title: { default: `${site.portalName} ${site.name}`, template: `%s | ${site.shortName}` },
    description: site.description,
    applicationName: site.shortName,
    openGraph: { siteName: site.name, locale: 'vi_VN', type: 'website' },
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = { themeColor: '#17663a' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
