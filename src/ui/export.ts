// One entry for the export buttons: a format in, a named file out (see export-*.ts for each format).
import { toJsonLd, type AnnotationOptions } from './export-annotations';
import { toCsv } from './export-csv';
import { toMarkdown } from './export-markdown';
import type { ExportFile, ExportFormat, ExportInput } from './export-types';
import { hostnameOf } from './format';

export type { ExportFile, ExportFormat, ExportInput } from './export-types';
export { toCsv } from './export-csv';
export { toMarkdown } from './export-markdown';
export { toAnnotationCollection, toJsonLd } from './export-annotations';

export const EXPORT_FORMATS: Record<ExportFormat, { label: string; extension: string; mimeType: string }> = {
  markdown: { label: 'Markdown', extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  csv: { label: 'CSV', extension: 'csv', mimeType: 'text/csv;charset=utf-8' },
  jsonld: { label: 'Web Annotation (JSON-LD)', extension: 'jsonld', mimeType: 'application/ld+json;charset=utf-8' },
};

/** "sourcemark-kim-jong-un-blames-us-2026-11-26.csv": from the title (or host), safe on every file system. */
export function exportFilename(input: ExportInput, format: ExportFormat): string {
  const host = hostnameOf(input.page?.url) ?? '';
  const slug = (input.page?.title || host || 'page')
    .normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '') || 'page';
  const day = (input.generatedAt ?? new Date()).toISOString().slice(0, 10);
  return `sourcemark-${slug}-${day}.${EXPORT_FORMATS[format].extension}`;
}

export function exportClaims(format: ExportFormat, input: ExportInput, options?: AnnotationOptions): ExportFile {
  const content = format === 'markdown' ? toMarkdown(input) : format === 'csv' ? toCsv(input) : toJsonLd(input, options);
  return { filename: exportFilename(input, format), mimeType: EXPORT_FORMATS[format].mimeType, content };
}
