import type pg from 'pg';

import type { Dmmf, DmmfField, DmmfModel } from '@/lib/database/dmmf';

/**
 * Compares the Prisma schema (as DMMF) with a live database catalog and lists every difference:
 * missing or extra tables and columns, types, nullability, defaults, enums, primary keys, unique
 * constraints, indexes and foreign keys. Used by the drift test so that schema.prisma and the SQL
 * migrations cannot silently disagree.
 */

export type Column = { table: string; name: string; udt: string; nullable: boolean; hasDefault: boolean; precision: number | null; scale: number | null; datetimePrecision: number | null };
export type Index = { table: string; name: string; columns: string[]; unique: boolean; primary: boolean };
export type ForeignKey = { table: string; name: string; columns: string[]; refTable: string; refColumns: string[]; onDelete: string };
export type Catalog = {
  tables: string[];
  columns: Column[];
  enums: Record<string, string[]>;
  indexes: Index[];
  foreignKeys: ForeignKey[];
};

const IGNORED_TABLES = new Set(['_prisma_migrations']);

export async function readCatalog(client: pg.Client | pg.PoolClient, schema = 'public'): Promise<Catalog> {
  const tables = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`,
    [schema],
  );
  const columns = await client.query<{
    table_name: string; column_name: string; udt_name: string; is_nullable: string; column_default: string | null;
    numeric_precision: number | null; numeric_scale: number | null; datetime_precision: number | null;
  }>(
    `SELECT table_name, column_name, udt_name, is_nullable, column_default, numeric_precision, numeric_scale, datetime_precision
       FROM information_schema.columns WHERE table_schema = $1`,
    [schema],
  );
  const enums = await client.query<{ name: string; value: string }>(
    `SELECT t.typname AS name, e.enumlabel AS value
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 ORDER BY t.typname, e.enumsortorder`,
    [schema],
  );
  const indexes = await client.query<{ table: string; name: string; columns: string[]; unique: boolean; primary: boolean }>(
    `SELECT tc.relname AS table, ic.relname AS name, i.indisunique AS unique, i.indisprimary AS primary,
            array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_class tc ON tc.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = tc.relnamespace
      WHERE n.nspname = $1
        -- Expression and partial indexes (search over unaccent(...), trigram indexes) cannot be
        -- written in schema.prisma; like CHECK constraints they live only in the SQL.
        AND i.indexprs IS NULL AND i.indpred IS NULL`,
    [schema],
  );
  const fks = await client.query<{ table: string; name: string; columns: string[]; ref_table: string; ref_columns: string[]; on_delete: string }>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, c.confrelid::regclass::text AS ref_table,
            array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
            array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
                  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS ref_columns,
            c.confdeltype AS on_delete
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = $1`,
    [schema],
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, '');
  const enumMap: Record<string, string[]> = {};
  for (const row of enums.rows) (enumMap[row.name] ??= []).push(row.value);
  return {
    tables: tables.rows.map((r) => r.table_name),
    columns: columns.rows.map((r) => ({
      table: r.table_name,
      name: r.column_name,
      udt: r.udt_name,
      nullable: r.is_nullable === 'YES',
      hasDefault: r.column_default !== null,
      precision: r.numeric_precision,
      scale: r.numeric_scale,
      datetimePrecision: r.datetime_precision,
    })),
    enums: enumMap,
    indexes: indexes.rows,
    foreignKeys: fks.rows.map((r) => ({
      table: unquote(r.table),
      name: r.name,
      columns: r.columns,
      refTable: unquote(r.ref_table),
      refColumns: r.ref_columns,
      onDelete: r.on_delete,
    })),
  };
}

const scalarUdt: Record<string, string> = {
  String: 'text',
  Int: 'int4',
  BigInt: 'int8',
  Boolean: 'bool',
  DateTime: 'timestamp',
  Decimal: 'numeric',
  Float: 'float8',
  Json: 'jsonb',
  Bytes: 'bytea',
};

const nativeUdt: Record<string, string> = {
  Date: 'date',
  Timestamptz: 'timestamptz',
  Timestamp: 'timestamp',
  Decimal: 'numeric',
  VarChar: 'varchar',
  Text: 'text',
  Uuid: 'uuid',
  SmallInt: 'int2',
  Integer: 'int4',
  BigInt: 'int8',
  Real: 'float4',
  DoublePrecision: 'float8',
  JsonB: 'jsonb',
  Json: 'json',
};

// pg_constraint.confdeltype codes.
const onDeleteCode: Record<string, string> = { Cascade: 'c', Restrict: 'r', SetNull: 'n', NoAction: 'a', SetDefault: 'd' };

const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function expectedType(field: DmmfField, enumNames: Set<string>): { udt: string; precision?: number; scale?: number; datetimePrecision?: number } {
  if (enumNames.has(field.type)) return { udt: field.type };
  if (field.nativeType) {
    const [name, args] = field.nativeType;
    const udt = nativeUdt[name] ?? name.toLowerCase();
    if (name === 'Decimal' && args.length === 2) return { udt, precision: Number(args[0]), scale: Number(args[1]) };
    return { udt };
  }
  if (field.type === 'DateTime') return { udt: 'timestamp', datetimePrecision: 3 };
  if (field.type === 'Decimal') return { udt: 'numeric', precision: 65, scale: 30 };
  return { udt: scalarUdt[field.type] ?? field.type };
}

export function findDrift(dmmf: Dmmf, catalog: Catalog): string[] {
  const problems: string[] = [];
  const { models, enums, indexes } = dmmf.datamodel;
  const enumNames = new Set(enums.map((e) => e.name));

  // Tables
  const expectedTables = new Set(models.map(tableOf));
  const actualTables = new Set(catalog.tables.filter((t) => !IGNORED_TABLES.has(t)));
  for (const t of expectedTables) if (!actualTables.has(t)) problems.push(`table ${t}: in schema.prisma, missing in the database`);
  for (const t of actualTables) if (!expectedTables.has(t)) problems.push(`table ${t}: in the database, not in schema.prisma`);

  // Enums
  for (const e of enums) {
    const actual = catalog.enums[e.name];
    const expected = e.values.map((v) => v.name);
    if (!actual) problems.push(`enum ${e.name}: missing in the database`);
    else if (!same([...actual].sort(), [...expected].sort())) problems.push(`enum ${e.name}: values ${actual.join(',')} in the database, ${expected.join(',')} in schema.prisma`);
  }
  for (const name of Object.keys(catalog.enums)) if (!enumNames.has(name)) problems.push(`enum ${name}: in the database, not in schema.prisma`);

  // Columns
  for (const model of models) {
    const table = tableOf(model);
    if (!actualTables.has(table)) continue;
    const columns = new Map(catalog.columns.filter((c) => c.table === table).map((c) => [c.name, c]));
    const scalars = model.fields.filter((f) => f.kind !== 'object');
    for (const f of scalars) {
      const col = columns.get(f.name);
      const where = `${table}.${f.name}`;
      if (!col) {
        problems.push(`column ${where}: in schema.prisma, missing in the database`);
        continue;
      }
      const exp = expectedType(f, enumNames);
      // Scalar lists are arrays ("_OrgKind"), which Prisma's own migrations leave nullable.
      if (f.isList) exp.udt = `_${exp.udt}`;
      if (col.udt !== exp.udt) problems.push(`column ${where}: type ${col.udt} in the database, ${exp.udt} expected`);
      if (exp.precision !== undefined && (col.precision !== exp.precision || col.scale !== exp.scale))
        problems.push(`column ${where}: numeric(${col.precision},${col.scale}) in the database, (${exp.precision},${exp.scale}) expected`);
      if (exp.datetimePrecision !== undefined && col.datetimePrecision !== exp.datetimePrecision)
        problems.push(`column ${where}: timestamp precision ${col.datetimePrecision}, ${exp.datetimePrecision} expected`);
      if (!f.isList && col.nullable === f.isRequired) problems.push(`column ${where}: ${col.nullable ? 'nullable' : 'NOT NULL'} in the database, ${f.isRequired ? 'required' : 'optional'} in schema.prisma`);
      const wantsDefault = f.hasDefaultValue && !f.isUpdatedAt;
      if (wantsDefault !== col.hasDefault) problems.push(`column ${where}: ${col.hasDefault ? 'has' : 'has no'} default in the database, schema.prisma says ${wantsDefault ? 'default' : 'none'}`);
    }
    const fieldNames = new Set(scalars.map((f) => f.name));
    for (const name of columns.keys()) if (!fieldNames.has(name)) problems.push(`column ${table}.${name}: in the database, not in schema.prisma`);
  }

  // Primary keys, unique constraints and indexes
  const modelByName = new Map(models.map((m) => [m.name, m]));
  for (const idx of indexes) {
    const model = modelByName.get(idx.model);
    if (!model) continue;
    const table = tableOf(model);
    const cols = idx.fields.map((f) => f.name);
    const onTable = catalog.indexes.filter((i) => i.table === table);
    const match =
      idx.type === 'id'
        ? onTable.find((i) => i.primary && same(i.columns, cols))
        : idx.type === 'unique'
          ? onTable.find((i) => i.unique && !i.primary && same(i.columns, cols))
          : onTable.find((i) => !i.unique && same(i.columns, cols));
    if (!match) problems.push(`${idx.type === 'id' ? 'primary key' : idx.type === 'unique' ? 'unique' : 'index'} ${table}(${cols.join(', ')}): in schema.prisma, missing in the database`);
  }
  for (const i of catalog.indexes) {
    const model = models.find((m) => tableOf(m) === i.table);
    if (!model) continue;
    const declared = indexes.some(
      (idx) => idx.model === model.name && same(idx.fields.map((f) => f.name), i.columns) &&
        (idx.type === 'id' ? i.primary : idx.type === 'unique' ? i.unique && !i.primary : !i.unique),
    );
    if (!declared) problems.push(`index ${i.name} on ${i.table}(${i.columns.join(', ')}): in the database, not in schema.prisma`);
  }

  // Foreign keys
  const expectedFks: string[] = [];
  for (const model of models) {
    const table = tableOf(model);
    for (const f of model.fields) {
      if (f.kind !== 'object' || !f.relationFromFields?.length) continue;
      const target = modelByName.get(f.type);
      const refTable = target ? tableOf(target) : f.type;
      const onDelete = f.relationOnDelete ?? (f.isRequired ? 'Restrict' : 'SetNull');
      const key = `${table}(${f.relationFromFields.join(',')})->${refTable}(${(f.relationToFields ?? []).join(',')})`;
      expectedFks.push(key);
      const fk = catalog.foreignKeys.find(
        (k) => k.table === table && same(k.columns, f.relationFromFields ?? []) && k.refTable === refTable && same(k.refColumns, f.relationToFields ?? []),
      );
      if (!fk) problems.push(`foreign key ${key}: in schema.prisma, missing in the database`);
      else if (fk.onDelete !== onDeleteCode[onDelete]) problems.push(`foreign key ${key}: ON DELETE ${fk.onDelete} in the database, ${onDelete} in schema.prisma`);
    }
  }
  for (const k of catalog.foreignKeys) {
    if (IGNORED_TABLES.has(k.table)) continue;
    const key = `${k.table}(${k.columns.join(',')})->${k.refTable}(${k.refColumns.join(',')})`;
    if (!expectedFks.includes(key)) problems.push(`foreign key ${key}: in the database, not in schema.prisma`);
  }

  return problems;
}
