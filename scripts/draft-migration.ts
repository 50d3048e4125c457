/**
 * Prints the CREATE statements Prisma would write for the models in prisma/schema.prisma, in
 * Prisma's own naming (X_pkey, X_col_idx, X_col_key, X_col_fkey). The Prisma CLI cannot diff
 * here (no schema engine offline), so this is the starting point for a migration's SQL:
 * copy the statements for what you added into a new prisma/migrations/<ts>_<name>/migration.sql.
 *
 *   npx tsx scripts/draft-migration.ts [ModelName ...]
 */
import { loadDmmf, type DmmfField, type DmmfModel } from '../lib/database/dmmf';

const scalarSql: Record<string, string> = {
  String: 'TEXT',
  Int: 'INTEGER',
  BigInt: 'BIGINT',
  Boolean: 'BOOLEAN',
  DateTime: 'TIMESTAMP(3)',
  Decimal: 'DECIMAL(65,30)',
  Float: 'DOUBLE PRECISION',
  Json: 'JSONB',
  Bytes: 'BYTEA',
};

const q = (name: string) => `"${name}"`;

function columnType(field: DmmfField, enums: Set<string>): string {
  if (field.nativeType) {
    const [name, args] = field.nativeType;
    const base = name.toUpperCase() === 'DOUBLEPRECISION' ? 'DOUBLE PRECISION' : name.toUpperCase();
    return args.length ? `${base}(${args.join(',')})` : base;
  }
  if (enums.has(field.type)) return q(field.type);
  return scalarSql[field.type];
}

function columnDefault(field: DmmfField, enums: Set<string>): string {
  const d = field.default;
  if (d === undefined) return '';
  if (typeof d === 'object' && d !== null && 'name' in d) {
    if (d.name === 'now') return ' DEFAULT CURRENT_TIMESTAMP';
    if (d.name === 'autoincrement') return '';
    throw new Error(`Unsupported default function ${d.name} on ${field.name}`);
  }
  if (enums.has(field.type)) return ` DEFAULT '${String(d)}'`;
  if (['BigInt', 'Decimal', 'Int', 'Float'].includes(field.type)) return ` DEFAULT ${String(d)}`;
  if (typeof d === 'string') return ` DEFAULT '${d.replace(/'/g, "''")}'`;
  return ` DEFAULT ${String(d)}`;
}

function createTable(model: DmmfModel, enums: Set<string>): string {
  const lines: string[] = [];
  for (const f of model.fields) {
    if (f.kind === 'object') continue;
    const auto = typeof f.default === 'object' && f.default?.name === 'autoincrement';
    const type = auto ? (f.type === 'BigInt' ? 'BIGSERIAL' : 'SERIAL') : `${columnType(f, enums)}${f.isList ? '[]' : ''}`;
    // Prisma leaves scalar-list columns nullable.
    const nullability = f.isRequired && !f.isList ? ' NOT NULL' : '';
    lines.push(`    ${q(f.name)} ${type}${nullability}${columnDefault(f, enums)}`);
  }
  const pk = model.primaryKey?.fields ?? model.fields.filter((f) => f.isId).map((f) => f.name);
  const constraint = `    CONSTRAINT ${q(`${model.name}_pkey`)} PRIMARY KEY (${pk.map(q).join(', ')})`;
  return `-- CreateTable\nCREATE TABLE ${q(model.name)} (\n${lines.map((l) => `${l},`).join('\n')}\n\n${constraint}\n);\n`;
}

const referentialAction: Record<string, string> = {
  Cascade: 'CASCADE',
  Restrict: 'RESTRICT',
  SetNull: 'SET NULL',
  NoAction: 'NO ACTION',
  SetDefault: 'SET DEFAULT',
};

async function main() {
  const dmmf = await loadDmmf();
  const only = new Set(process.argv.slice(2));
  const models = dmmf.datamodel.models.filter((m) => only.size === 0 || only.has(m.name));
  const enums = new Set(dmmf.datamodel.enums.map((e) => e.name));
  const out: string[] = [];

  if (only.size === 0) {
    for (const e of dmmf.datamodel.enums) {
      const values = e.values.map((v) => `'${v.name}'`).join(', ');
      out.push(`-- CreateEnum\nCREATE TYPE ${q(e.name)} AS ENUM (${values});\n`);
    }
  }
  for (const m of models) out.push(createTable(m, enums));

  const names = new Set(models.map((m) => m.name));
  for (const idx of dmmf.datamodel.indexes) {
    if (!names.has(idx.model) || idx.type === 'id') continue;
    const cols = idx.fields.map((f) => f.name);
    const unique = idx.type === 'unique';
    const name = idx.dbName ?? `${idx.model}_${cols.join('_')}_${unique ? 'key' : 'idx'}`;
    out.push(
      `-- CreateIndex\nCREATE ${unique ? 'UNIQUE ' : ''}INDEX ${q(name)} ON ${q(idx.model)}(${cols.map(q).join(', ')});\n`,
    );
  }

  for (const m of models) {
    for (const f of m.fields) {
      if (f.kind !== 'object' || !f.relationFromFields?.length) continue;
      const from = f.relationFromFields;
      const to = f.relationToFields ?? [];
      const onDelete = referentialAction[f.relationOnDelete ?? (f.isRequired ? 'Restrict' : 'SetNull')];
      out.push(
        `-- AddForeignKey\nALTER TABLE ${q(m.name)} ADD CONSTRAINT ${q(`${m.name}_${from.join('_')}_fkey`)} ` +
          `FOREIGN KEY (${from.map(q).join(', ')}) REFERENCES ${q(f.type)}(${to.map(q).join(', ')}) ` +
          `ON DELETE ${onDelete} ON UPDATE CASCADE;\n`,
      );
    }
  }
  process.stdout.write(out.join('\n'));
}

await main();
