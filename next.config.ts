import path from 'node:path';

import type { NextConfig } from 'next';

// Baseline security headers on every response. HSTS only in production, where the portal is served
// over HTTPS (browsers ignore it on plain HTTP, and it would pin localhost in development).
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
];

const nextConfig: NextConfig = {
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', '@electric-sql/pglite', 'pg'],
  poweredByHeader: false,
  // Next hashes the whole body in JavaScript on every response to make an ETag: about 9% of the
  // server's time on a cached 120 KB page (profiled). Pages are served from the page cache and
  // expired by tag, so a conditional request would save bandwidth but not work: measured 695 →
  // 900 requests/s on the home page without it.
  generateEtags: false,
  // Public pages are cached in memory by our handler, expired by tag (docs/decisions/0004).
  cacheHandler: path.resolve(process.cwd(), 'lib/cache/memory-cache-handler.mjs'),
  cacheMaxMemorySize: 0,
  experimental: {
    // forbidden() and app/forbidden.tsx for authenticated users without the right role.
    authInterrupts: true,
    // Uploads go through server actions: spreadsheets (lib/import, 5 MB) and the media library
    // (lib/media/kinds.ts: 20 MB files), plus the form's overhead. The proxy buffers bodies too.
    serverActions: { bodySizeLimit: '21mb' },
    proxyClientMaxBodySize: '21mb',
  },
};

export default nextConfig;
