// Realistic claims for UI tests: an article text and claims whose offsets really index it, shaped like the
// engine's output for the demo article plus a few wire-style sentences (anonymous officials, an embed with a link).
import type { Claim, ClaimSource, CueKind } from '../../src/analysis/types';
import { levelFor } from '../../src/analysis/types';
import type { PageMeta } from '../../src/page/types';

export const ARTICLE_TEXT = [
  'Kim Jong Un Blames US For Prolonging Russia-Ukraine War',
  'In rare words assessing the state of the Russia-Ukraine war, North Korean leader Kim Jong Un has blamed the United States for exacerbating and prolonging the death and destruction.',
  'He made the remarks on the occasion of the 77th anniversary of the Korean People’s Army, telling the gathering of his generals that US is blinded "by the wild ambition for establishing unipolar hegemony."',
  'Starting last year North Korea injected troops into the conflict, but reports are that the some 10,000 DPRK troops sent have been confined to assisting the defense of Russian territory in Kursk region.',
  'Ukraine has recently said the North Koreans withdrew from the frontlines in Kursk, but now they are back, after taking possibly hundreds of casualties.',
  'The Korean Central News Agency (KCNA) cites of Kim that "He expressed serious concern over the reckless behavior of the US and Western group intentionally fostering the prolonged war."',
  'Two senior defense officials, speaking on condition of anonymity, said at least 42 drones were shot down overnight.',
  'The debris from North Korean, Iranian, and Russian missiles has revealed a startling fact: They are filled with newly produced Western electronics. — Foreign Policy (@ForeignPolicy)',
  'Aid worth $1.2 billion has been pledged since January.',
].join('\n');

export const PAGE: PageMeta = {
  url: 'https://news.example.com/world/kim-blames-us',
  title: 'Kim Jong Un Blames US For Prolonging Russia-Ukraine War',
  publisher: 'Example News',
  author: 'Jane Doe',
  published: '2025-02-10',
};

let counter = 0;

/** A claim on `text` at the first occurrence of `snippet` (after `from`), with sensible defaults. */
export function claimAt(snippet: string, overrides: Partial<Claim> = {}, text = ARTICLE_TEXT, from = 0): Claim {
  const start = text.indexOf(snippet, from);
  if (start === -1) throw new Error(`snippet not in text: ${snippet}`);
  const source = overrides.source === undefined ? null : overrides.source;
  const confidence = overrides.confidence ?? (source ? 0.8 : 0);
  return {
    id: overrides.id ?? `c${++counter}`,
    start, end: start + snippet.length, text: snippet,
    form: 'statement', topic: 'other', quantity: null, hedges: [], source,
    cue: null, strength: source ? 'on-record' : 'none', confidence,
    level: levelFor(confidence, source !== null), reasons: [],
    ...overrides,
  };
}

export function cueAt(snippet: string, kind: CueKind, text = ARTICLE_TEXT): NonNullable<Claim['cue']> {
  const start = text.indexOf(snippet);
  if (start === -1) throw new Error(`cue not in text: ${snippet}`);
  return { start, end: start + snippet.length, text: snippet, kind };
}

function src(name: string, kind: ClaimSource['kind'], mention: string | null, extra: Partial<ClaimSource> = {}): ClaimSource {
  const at = mention === null ? -1 : ARTICLE_TEXT.indexOf(mention);
  return { name, kind, mention: at === -1 ? null : { start: at, end: at + mention!.length, text: mention! }, ...extra };
}

/** Ten claims of every form, level and strength, as the engine would report them for ARTICLE_TEXT. */
export function articleClaims(): Claim[] {
  const kim = src('Kim Jong Un', 'person', 'Kim Jong Un');
  const ukraine = src('Ukraine', 'government', 'Ukraine');
  const reports = src('reports', 'vague', 'reports');
  const officials = src('defense officials', 'anonymous', 'Two senior defense officials');
  return [
    claimAt('blamed the United States for exacerbating and prolonging the death and destruction', {
      id: 'kim-blamed', form: 'statement', source: kim, cue: cueAt('has blamed', 'speech-verb'),
      confidence: 0.71, reasons: ['Explicit speech verb in the same sentence', 'Named person'],
    }),
    claimAt('"by the wild ambition for establishing unipolar hegemony."', {
      id: 'kim-quote-hegemony', form: 'quote', source: kim, cue: cueAt('telling', 'speech-verb'),
      confidence: 0.68, reasons: ['Direct quotation', 'Speaker "He" resolved to Kim Jong Un from the previous sentence'],
    }),
    claimAt('the some 10,000 DPRK troops sent', {
      id: 'fig-troops', form: 'figure', topic: 'troops', source: reports, strength: 'vague', within: 'reports-confined',
      quantity: { text: 'some 10,000', value: 10000, approximate: true }, hedges: ['some'],
      cue: cueAt('reports are that', 'reporting-noun'), confidence: 0.3,
      reasons: ['Vague source ("reports"): capped at 0.35'],
    }),
    claimAt('the some 10,000 DPRK troops sent have been confined to assisting the defense of Russian territory in Kursk region', {
      id: 'reports-confined', form: 'statement', topic: 'troops', source: reports, strength: 'vague',
      cue: cueAt('reports are that', 'reporting-noun'), confidence: 0.32, reasons: ['Vague source ("reports"): capped at 0.35'],
    }),
    claimAt('the North Koreans withdrew from the frontlines in Kursk', {
      id: 'ukraine-withdrew', source: ukraine, cue: cueAt('has recently said', 'speech-verb'), confidence: 0.66,
      reasons: ['Explicit speech verb in the same sentence', 'Named government'],
    }),
    claimAt('possibly hundreds of casualties', {
      id: 'fig-casualties', form: 'figure', topic: 'casualties', source: ukraine, hedges: ['possibly'],
      quantity: { text: 'hundreds', min: 200, approximate: true }, cue: cueAt('has recently said', 'speech-verb'),
      confidence: 0.44, reasons: ['Clause after "but now" may be the writer’s own voice'],
    }),
    claimAt('"He expressed serious concern over the reckless behavior of the US and Western group intentionally fostering the prolonged war."', {
      id: 'kcna-quote', form: 'quote', source: src('KCNA', 'outlet', 'The Korean Central News Agency (KCNA)', { via: { name: 'Kim Jong Un', kind: 'person' } }),
      cue: cueAt('cites of', 'speech-verb'), confidence: 0.86, reasons: ['Direct quotation', 'Named outlet', 'Cue in the same sentence'],
    }),
    claimAt('at least 42 drones were shot down overnight', {
      id: 'fig-drones', form: 'figure', topic: 'weapons', source: officials, strength: 'anonymous',
      quantity: { text: 'at least 42', min: 42, approximate: false }, cue: cueAt('said', 'speech-verb'),
      confidence: 0.55, reasons: ['Anonymous source: capped at 0.6'],
    }),
    claimAt('The debris from North Korean, Iranian, and Russian missiles has revealed a startling fact: They are filled with newly produced Western electronics.', {
      id: 'fp-embed', source: src('Foreign Policy', 'outlet', 'Foreign Policy', { url: 'https://twitter.com/ForeignPolicy/status/1' }),
      cue: cueAt('— Foreign Policy', 'embed'), confidence: 0.9, reasons: ['Embedded post credited to its author'],
    }),
    claimAt('$1.2 billion', {
      id: 'fig-aid', form: 'figure', topic: 'money', quantity: { text: '$1.2 billion', value: 1.2e9, approximate: false, unit: '$' },
      confidence: 0, reasons: ['No source in the text'],
    }),
  ];
}
