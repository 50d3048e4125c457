/**
 * The emblem area of the header. A neutral placeholder mark (a rice ear in a ring) until the
 * alliance's own logo file is supplied; it is decorative, the name beside it is the label.
 */
export function Emblem({ className = 'h-16 w-16' }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" className={className} aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="30" fill="var(--color-brand-700)" />
      <circle cx="32" cy="32" r="25" fill="none" stroke="#fff" strokeWidth="2" />
      <path d="M32 50V22" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
      {[24, 30, 36, 42].map((y) => (
        <g key={y} fill="#fff">
          <ellipse cx="26.5" cy={y} rx="5" ry="2.4" transform={`rotate(-35 26.5 ${y})`} />
          <ellipse cx="37.5" cy={y} rx="5" ry="2.4" transform={`rotate(35 37.5 ${y})`} />
        </g>
      ))}
      <ellipse cx="32" cy="18" rx="2.4" ry="4.5" fill="#fff" />
    </svg>
  );
}
