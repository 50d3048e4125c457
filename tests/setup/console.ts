import { afterEach } from 'vitest';

// An unexpected console.error fails the test: errors must be handled or asserted, not logged.
let errors: unknown[][] = [];
const original = console.error;

console.error = (...args: unknown[]) => {
  errors.push(args);
  original(...args);
};

afterEach(() => {
  const seen = errors;
  errors = [];
  if (seen.length > 0) {
    throw new Error(`console.error was called ${seen.length} time(s): ${String(seen[0][0])}`);
  }
});

