import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { findDrift, readCatalog, type Catalog } from '@/lib/database/drift';
import { loadDmmf, parseDmmf, schemaPath, type Dmmf } from '@/lib/database/dmmf';
import { readFile } from 'node:fs/promises';

// The database was built by the SQL migrations alone (tests/setup/database.ts); the DMMF comes
// from prisma/schema.prisma. They must describe the same tables, columns, keys and relations.
let catalog: Catalog;
let dmmf: Dmmf;
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });

async function dmmfWith(edit: (schema: string) => string): Promise<Dmmf> {
  return parseDmmf(edit(await readFile(schemaPath, 'utf8')));
}

beforeAll(async () => {
  await client.connect();
  catalog = await readCatalog(client);
  dmmf = await loadDmmf();
});

afterAll(async () => {
  await client.end();
});

describe('schema.prisma and the migrations', () => {
  it('describe the same database', () => {
    expect(findDrift(dmmf, catalog)).toEqual([]);
  });

  it('cover every model with a table, and nothing more', () => {
    const tables = catalog.tables.filter((t) => t !== '_prisma_migrations').sort();
    expect(tables).toEqual(dmmf.datamodel.models.map((m) => m.name).sort());
    expect(tables.length).toBeGreaterThanOrEqual(30);
  });
});

describe('the drift check itself', () => {
  it('reports a field added to schema.prisma without SQL', async () => {
    const edited = await dmmfWith((s) => s.replace('  mainProducts       String?', '  mainProducts       String?\n  fax String?'));
    expect(findDrift(edited, catalog)).toContain('column Organization.fax: in schema.prisma, missing in the database');
  });

  it('reports a model added without SQL, and a table the schema lacks', async () => {
    const edited = await dmmfWith((s) => s.replace(/model Page \{[\s\S]*?\n\}\n/, '') + '\nmodel Newsletter {\n  id Int @id\n}\n');
    const problems = findDrift(edited, catalog);
    expect(problems).toContain('table Newsletter: in schema.prisma, missing in the database');
    expect(problems).toContain('table Page: in the database, not in schema.prisma');
  });

  it('reports changed types, nullability, uniques, indexes and relations', async () => {
    const edited = await dmmfWith((s) =>
      s
        .replace('  taxCode            String?', '  taxCode            String')
        .replace('  stars          Int', '  stars          BigInt')
        .replace('  email        String    @unique', '  email        String')
        .replace('  @@index([establishedOn])', '')
        .replace(
          'unit          AdministrativeUnit          @relation(fields: [unitId], references: [id], onDelete: Restrict)',
          'unit          AdministrativeUnit          @relation(fields: [unitId], references: [id], onDelete: Cascade)',
        ),
    );
    const problems = findDrift(edited, catalog);
    expect(problems).toContain('column Organization.taxCode: nullable in the database, required in schema.prisma');
    expect(problems).toContain('column OcopProduct.stars: type int4 in the database, int8 expected');
    expect(problems).toContain('index User_email_key on User(email): in the database, not in schema.prisma');
    expect(problems).toContain('index Organization_establishedOn_idx on Organization(establishedOn): in the database, not in schema.prisma');
    expect(problems).toContain('foreign key Organization(unitId)->AdministrativeUnit(id): ON DELETE r in the database, Cascade in schema.prisma');
  });
});
