import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/400-italic.css';
import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './globals.css';

import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { site } from '@/lib/site';

export const metadata: Metadata = {
  title: { default: `${site.portalName} ${site.name}`, template: `%s | ${site.shortName}` },
  description: site.description,
  applicationName: site.shortName,
};

export const viewport: Viewport = { themeColor: '#17663a' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
