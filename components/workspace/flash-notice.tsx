/**
 * The one-line confirmation shown after an action redirected here (`?thong-bao=da-luu`): a status
 * region, so screen readers announce it without moving focus.
 */
export function FlashNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="status" className="mb-6 rounded-md border border-brand-200 bg-brand-50 px-4 py-3 font-medium text-brand-900">
      {message}
    </p>
  );
}
