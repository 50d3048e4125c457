import type { MetadataRoute } from 'next';

import { site } from '@/lib/site';

/** /manifest.webmanifest: name, colours and icons when the portal is added to a phone's home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${site.portalName} ${site.name}`,
    short_name: 'Liên minh HTX',
    description: site.description,
    lang: 'vi',
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#17663a',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
