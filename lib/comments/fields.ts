/**
 * The public comment form's fields and lengths, apart from the zod schema so that the form (a
 * client component on every article page that takes comments) does not ship the validators.
 */
export const COMMENT_FIELDS = ['name', 'contact', 'body'] as const;

export const COMMENT_LIMITS = { name: 100, contact: 200, body: 3000 } as const;
