import { documentScopeLabels, documentTypeLabels } from '@/lib/format/labels';
import { formatDate } from '@/lib/format/date';
import type { DocumentRelationType, DocumentScope, DocumentType, IssuingLevel } from '@/lib/generated/prisma/enums';

import { relationVerbs } from './editor-schema';

export const typeOptions = (Object.keys(documentTypeLabels) as DocumentType[]).map((t) => ({ value: t, label: documentTypeLabels[t] }));
export const scopeOptions = (Object.keys(documentScopeLabels) as DocumentScope[]).map((s) => ({ value: s, label: documentScopeLabels[s] }));
export const relationOptions = (Object.keys(relationVerbs) as DocumentRelationType[]).map((r) => ({ value: r, label: relationVerbs[r] }));

export function issuerOptions(bodies: { id: number; name: string; level: IssuingLevel; validTo: Date | null }[]) {
  return bodies.map((b) => ({ value: String(b.id), label: b.validTo ? `${b.name} (đến ${formatDate(b.validTo)})` : b.name }));
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

/** The form's starting values for a stored document (checkboxes: 'on' when ticked). */
export function documentInitial(doc: {
  number: string;
  type: DocumentType;
  scope: DocumentScope;
  issuingBodyId: number;
  signer: string | null;
  issuedOn: Date;
  effectiveOn: Date | null;
  expiredOn: Date | null;
  field: string | null;
  abstract: string;
  fullText: string | null;
  published: boolean;
  validity: string;
}): Record<string, string> {
  return {
    number: doc.number,
    type: doc.type,
    scope: doc.scope,
    issuingBodyId: String(doc.issuingBodyId),
    signer: doc.signer ?? '',
    issuedOn: day(doc.issuedOn),
    effectiveOn: day(doc.effectiveOn),
    expiredOn: day(doc.expiredOn),
    field: doc.field ?? '',
    abstract: doc.abstract,
    fullText: doc.fullText ?? '',
    published: doc.published ? 'on' : '',
    partlyExpired: doc.validity === 'PARTIALLY_EXPIRED' ? 'on' : '',
  };
}
