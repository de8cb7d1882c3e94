// Markdown for a person: the page, the glance figures, the sources and every claim with its attribution.
// Page text is escaped so a claim cannot turn into a link, an image or HTML in a Markdown viewer.
import type { Claim } from '../analysis/types';
import type { ExportInput } from './export-types';
import {
  CUE_WORDS, FORM_WORDS, KIND_WORDS, LEVEL_WORDS, STRENGTH_WORDS, TOPIC_WORDS,
  formatDate, formatQuantity, isHttpUrl, percent,
} from './format';
import { localPercent, t, tn } from './i18n';
import { localReason } from './reason-words';
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
    const named = `${escapeMarkdown(c.source.name)} (${KIND_WORDS[c.source.kind]})`;
    item(t('cardSource'), c.source.via ? t('sourceCiting', named, `${escapeMarkdown(c.source.via.name)} (${KIND_WORDS[c.source.via.kind]})`) : named);
    if (c.source.url) item(t('mdLink'), link(c.source.url));
  } else {
    item(t('cardSource'), t('mdNoSource'));
  }
  const note = correctionNote(c);
  if (note) item(t('mdCorrection'), escapeMarkdown(note));
  if (c.cue) item(t('mdCue'), `${t('quoteOpen')}${escapeMarkdown(c.cue.text)}${t('quoteClose')} (${CUE_WORDS[c.cue.kind]})`);
  if (c.quantity) item(t('cardQuantity'), escapeMarkdown(formatQuantity(c.quantity)));
  item(t('mdStrength'), STRENGTH_WORDS[c.strength]);
  item(t('cardConfidence'), c.level === 'none' ? LEVEL_WORDS.none : `${localPercent(percent(c.confidence))} — ${LEVEL_WORDS[c.level]}`);
  if (c.hedges.length) item(t('cardHedges'), c.hedges.map(escapeMarkdown).join(', '));
  if (c.reasons.length) {
    lines.push(`- **${t('cardWhy')}:**`);
    for (const r of c.reasons) lines.push(`  - ${escapeMarkdown(localReason(r))}`);
  }
  lines.push('');
  return lines;
}

export function toMarkdown({ page, claims, generatedAt = new Date() }: ExportInput): string {
  const title = page?.title?.trim() || page?.url || t('mdThisPage');
  const lines = [`# ${t('mdTitle', escapeMarkdown(title))}`, ''];
  const field = (label: string, value: string) => lines.push(`- **${label}:** ${value}`);
  if (page?.url) field(t('mdPage'), link(page.url));
  if (page?.publisher) field(t('mdPublisher'), escapeMarkdown(page.publisher));
  if (page?.author) field(t('mdAuthor'), escapeMarkdown(page.author));
  if (page?.published) field(t('mdPublished'), escapeMarkdown(formatDate(page.published)));
  field(t('mdExported'), t('mdExportedBy', generatedAt.toISOString().slice(0, 10)));
  lines.push('', t('mdConfidenceNote'), '');

  const levels = countByLevel(claims);
  const shares = attributionShares(claims);
  const pct = (n: number) => localPercent(Math.round(n * 100));
  lines.push(`## ${t('tabOverview')}`, '',
    `- **${tn('claimCount', claims.length)}:** ${t('mdLevels', levels.high, levels.medium, levels.low, levels.none)}`,
    `- **${STRENGTH_WORDS['on-record']}** ${pct(shares['on-record'].share)} · **${STRENGTH_WORDS.anonymous}** ${pct(shares.anonymous.share)} · `
      + `**${STRENGTH_WORDS.vague}** ${pct(shares.vague.share)} · **${STRENGTH_WORDS.none}** ${pct(shares.none.share)}`, '');

  const sources = sourcesCited(claims);
  if (sources.length) {
    lines.push(`## ${t('sourcesCited')}`, '', `| ${t('cardSource')} | ${t('fixKind')} | ${t('mdStrength')} | ${t('claimsHeading')} |`, '| --- | --- | --- | ---: |');
    for (const s of sources) {
      lines.push(`| ${escapeMarkdown(s.name)} | ${KIND_WORDS[s.kind]} | ${STRENGTH_WORDS[s.strength]} | ${s.count} |`);
    }
    lines.push('');
  }

  lines.push(`## ${t('claimsHeading')}`, '');
  if (claims.length === 0) lines.push(t('mdNoClaims'), '');
  claims.forEach((c, i) => lines.push(...claimSection(c, i)));
  return lines.join('\n');
}
