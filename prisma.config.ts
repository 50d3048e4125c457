import { defineConfig } from 'prisma/config';

// Prisma 7 reads the connection from here for the CLI commands that need one (migrate status,
// studio). The app itself connects through lib/db.ts with @prisma/adapter-pg.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
