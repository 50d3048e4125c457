/** First focusable element of every page: jumps past the header and menu. */
export function SkipLink({ target = 'noi-dung-chinh' }: { target?: string }) {
  return (
    <a
      href={`#${target}`}
      className="sr-only z-50 rounded-md bg-white px-4 py-2 font-semibold text-brand-800 shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
    >
      Bỏ qua đến nội dung chính
    </a>
  );
}
