/** What every layout family module exports. */
import type { Corpus } from '../corpus.ts';
import type { Truth } from './truth.ts';

export interface FamilyOptions {
  corpus: Corpus;
  seed: number;
  /** How many issues to write. */
  issues: number;
  /** Folder the raw files go to (the truth goes to `truth.json` in it). */
  out: string;
}

export interface Family {
  name: string;
  /** One line: what the raw files look like. */
  about: string;
  /** Write the raw files and return the truth (the caller writes `truth.json`). */
  generate(options: FamilyOptions): Promise<Truth>;
}
