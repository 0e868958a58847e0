/**
 * The records of a text file exported a record an article, whichever tool wrote it: a reference manager's tagged
 * records (`citation-records.ts`: RIS, EndNote's, RefWorks'), BibTeX's entries (`bibtex.ts`), else a news database's
 * labelled ones (`database-records.ts`: EBSCO, ProQuest, NewsBank, Gale). Each is read as a data file's rows.
 *
 * @example
 *   exportedRecords('TY  - NEWS\nTI  - 运河通航\nER  - \n')?.format // → 'ris'
 */
import { bibtexRecords } from './bibtex.ts';
import { citationRecords, type CitationRead } from './citation-records.ts';
import { databaseRecords } from './database-records.ts';

export function exportedRecords(text: string): CitationRead | undefined {
  return citationRecords(text) ?? bibtexRecords(text) ?? databaseRecords(text);
}
