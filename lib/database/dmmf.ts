import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { get_dmmf } from '@prisma/prisma-schema-wasm';

// The subset of Prisma's DMMF (data model meta format) that the drift test and the migration
// draft tool read. Parsed by Prisma's own schema parser (WebAssembly), so no engine is needed.
export type DmmfField = {
  name: string;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: { name: string; args: unknown[] } | string | number | boolean | null;
  nativeType?: [string, string[]] | null;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};

export type DmmfModel = {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { name: string | null; fields: string[] } | null;
};

export type DmmfIndex = {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  isDefinedOnField: boolean;
  dbName?: string | null;
  fields: { name: string }[];
};

export type Dmmf = {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; values: { name: string }[] }[];
    indexes: DmmfIndex[];
  };
};

export const schemaPath = path.join(process.cwd(), 'prisma', 'schema.prisma');

/** Parses schema text, e.g. an edited copy of schema.prisma. */
export function parseDmmf(schema: string): Dmmf {
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schema]] }))) as Dmmf;
}

export async function loadDmmf(file = schemaPath): Promise<Dmmf> {
  return parseDmmf(await readFile(file, 'utf8'));
}
