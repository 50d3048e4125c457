import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', '@electric-sql/pglite', '@electric-sql/pglite-socket', 'pg'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
