// Markdown for a person: the page, the glance figures, the sources and every claim with its attribution.
// Page text is escaped so a claim cannot turn into a link, an image or HTML in a Markdown viewer.
import type { Claim } from '../analysis/types';
import type { ExportInput } from './export-types';
import {
  CUE_WORDS, FORM_WORDS, KIND_WORDS, LEVEL_WORDS, STRENGTH_WORDS, TOPIC_WORDS,
  formatDate, formatQuantity, isHttpUrl, percent, plural,
} from './format';
import { attributionShares, countByLevel, sourcesCited } from './summary';
import { correctionNote } from './correction-words';

/**
 * Flattens line breaks and backslash-escapes what Markdown would act on: emphasis, code, brackets (so no
 * link or image can form), angle brackets (no HTML, no autolink), table pipes, entities, and a leading
 * list or heading marker. Everything else stays readable as it is.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
    .replace(/[\\`*_{}[\]<>|~]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/^([-+#>]|\d+[.)])/, (m) => `${m.slice(0, -1)}\\${m.slice(-1)}`);
}

function link(url: string): string {
  return isHttpUrl(url) && !/[\s<>]/.test(url) ? `<${url}>` : escapeMarkdown(url);
}

function claimSection(c: Claim, index: number): string[] {
  const lines = [`### ${index + 1}. ${FORM_WORDS[c.form]} · ${TOPIC_WORDS[c.topic]}`, '', `> ${escapeMarkdown(c.text)}`, ''];
  const item = (label: string, value: string) => lines.push(`- **${label}:** ${value}`);
  if (c.source) {
    const via = c.source.via ? `, citing ${escapeMarkdown(c.source.via.name)} (${KIND_WORDS[c.source.via.kind]})` : '';
    item('Source', `${escapeMarkdown(c.source.name)} (${KIND_WORDS[c.source.kind]})${via}`);
    if (c.source.url) item('Link', link(c.source.url));
  } else {
    item('Source', 'none named in the text');
  }
  const note = correctionNote(c);
  if (note) item('Correction', escapeMarkdown(note));
  if (c.cue) item('Cue', `“${escapeMarkdown(c.cue.text)}” (${CUE_WORDS[c.cue.kind]})`);
  if (c.quantity) item('Quantity', escapeMarkdown(formatQuantity(c.quantity)));
  item('Strength', STRENGTH_WORDS[c.strength]);
  item('Confidence', c.level === 'none' ? LEVEL_WORDS.none : `${percent(c.confidence)}% — ${LEVEL_WORDS[c.level]}`);
  if (c.hedges.length) item('Hedges', c.hedges.map(escapeMarkdown).join(', '));
  if (c.reasons.length) {
    lines.push('- **Why:**');
    for (const r of c.reasons) lines.push(`  - ${escapeMarkdown(r)}`);
  }
  lines.push('');
  return lines;
}

export function toMarkdown({ page, claims, generatedAt = new Date() }: ExportInput): string {
  const title = page?.title?.trim() || page?.url || 'this page';
  const lines = [`# Claims in “${escapeMarkdown(title)}”`, ''];
  if (page?.url) lines.push(`- **Page:** ${link(page.url)}`);
  if (page?.publisher) lines.push(`- **Publisher:** ${escapeMarkdown(page.publisher)}`);
  if (page?.author) lines.push(`- **Author:** ${escapeMarkdown(page.author)}`);
  if (page?.published) lines.push(`- **Published:** ${escapeMarkdown(formatDate(page.published))}`);
  lines.push(`- **Exported:** ${generatedAt.toISOString().slice(0, 10)} by Sourcemark`, '',
    'Confidence says how firmly the text ties a claim to an identifiable source, not whether the claim is true.', '');

  const levels = countByLevel(claims);
  const shares = attributionShares(claims);
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  lines.push('## At a glance', '',
    `- **${plural(claims.length, 'claim')}:** ${levels.high} high, ${levels.medium} medium, ${levels.low} low confidence; ${levels.none} with no source`,
    `- **On record** ${pct(shares['on-record'].share)} · **Anonymous** ${pct(shares.anonymous.share)} · `
      + `**Vague** ${pct(shares.vague.share)} · **Unsourced** ${pct(shares.none.share)}`, '');

  const sources = sourcesCited(claims);
  if (sources.length) {
    lines.push('## Sources cited', '', '| Source | Kind | Strength | Claims |', '| --- | --- | --- | ---: |');
    for (const s of sources) {
      lines.push(`| ${escapeMarkdown(s.name)} | ${KIND_WORDS[s.kind]} | ${STRENGTH_WORDS[s.strength]} | ${s.count} |`);
    }
    lines.push('');
  }

  lines.push('## Claims', '');
  if (claims.length === 0) lines.push('No claims found.', '');
  claims.forEach((c, i) => lines.push(...claimSection(c, i)));
  return lines.join('\n');
}
