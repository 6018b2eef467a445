// Kept apart from parse.ts so a reader of the parse cache need not load the parser (and marked).

/** Bump whenever parsePlaybook's output for the same text changes; stale caches are re-parsed. */
export const PARSER_VERSION = 1;
