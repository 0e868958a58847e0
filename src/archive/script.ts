/**
 * The two scripts of Chinese text: what an issue is printed in (ingest
 * detects it) and what a page is shown in (the site builds both).
 */
export type Script = 'hans' | 'hant';

export const SCRIPTS: readonly Script[] = ['hans', 'hant'];
