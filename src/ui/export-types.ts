// What every export format takes: the page, its claims and (when the caller has it) the analyzed text.
import type { Claim } from '../analysis/types';
import type { PageMeta } from '../page/types';

export type ExportFormat = 'markdown' | 'csv' | 'jsonld';

export interface ExportInput {
  page: PageMeta | null;
  claims: readonly Claim[];
  /** The analyzed text the claims' offsets index. Gives selectors their prefix/suffix and code-point positions. */
  text?: string | null;
  /** When the export was made (defaults to now); fixed in tests. */
  generatedAt?: Date;
}

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}
