import type { DocumentType } from '@/lib/generated/prisma/enums';
import { slugify } from '@/lib/format/slug';

import { documentTypeWords } from './filters';

/** "nghi-quyet-20-nq-tw", "luat-17-2023-qh15" (the seed's scheme, lib/documents/filters.ts). */
export function legalDocumentSlug(type: DocumentType, number: string): string {
  return `${documentTypeWords[type]}-${slugify(number)}`.slice(0, 200).replace(/-+$/, '');
}
