import { DocumentLibraryView } from '@/components/site/document-library';
import { parseDocumentFilters } from '@/lib/documents/filters';
import { getDocumentFilterOptions, getDocumentLibrary } from '@/lib/documents/queries';
import type { ListQuery } from '@/lib/cache/query-routes';

/** The library for a (canonical) query, shared by /van-ban and /van-ban/bo-loc/<query>. */
export async function DocumentLibrary({ query, asOf }: { query: ListQuery; asOf: string }) {
  const filters = parseDocumentFilters(query);
  const [options, result] = await Promise.all([getDocumentFilterOptions(), getDocumentLibrary(filters, asOf)]);
  return <DocumentLibraryView filters={{ ...filters, page: result.page }} options={options} result={result} />;
}
