// Shared by the server (lib/auth/options.ts) and the sign-in form; no server imports here.

/** After this many failed attempts for one email within the window, sign-in is refused. */
export const SIGN_IN_MAX_FAILURES = 5;
export const SIGN_IN_LOCK_MINUTES = 15;
/** The error code the sign-in form turns into "try again later". */
export const SIGN_IN_LOCKED = 'SIGN_IN_LOCKED';
