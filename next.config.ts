import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', '@electric-sql/pglite', '@electric-sql/pglite-socket', 'pg'],
  poweredByHeader: false,
  experimental: {
    // forbidden() and app/forbidden.tsx for authenticated users without the right role.
    authInterrupts: true,
  },
};

export default nextConfig;
