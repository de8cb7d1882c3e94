// The engine's reasons in the reader's language. The engine (src/analysis/confidence.ts) writes each reason as a
// plain English sentence and knows nothing of the interface's languages; here each of its sentence shapes is read
// back into a message with the article's words (cues, names, percentages) as placeholders. A reason of a shape not
// listed stays as the engine wrote it; test/unit/i18n/reason-words.test.ts runs the engine on the saved pages and
// fails on any reason not recognised, so a new wording in the engine needs its line here.
import { localPercent, t, uiLocale, type MessageKey } from './i18n';

type Sub = (match: RegExpExecArray) => string[];
const plain: Sub = (m) => m.slice(1);

const SHAPES: Array<{ re: RegExp; key: MessageKey; subs?: Sub }> = [
  { re: /^the same sentence says who said it: “(.+)”$/s, key: 'reasonSameSentence' },
  { re: /^the words that credit it, “(.+)”, are in another sentence$/s, key: 'reasonOtherSentence' },
  { re: /^“(.+)” says who it comes from$/s, key: 'reasonAccordingTo' },
  { re: /^the article points to where it comes from: “(.+)”$/s, key: 'reasonReportingNoun' },
  { re: /^the source is named just before a colon$/, key: 'reasonColon' },
  { re: /^it is a post by (.+), shown in the article$/s, key: 'reasonEmbed' },
  { re: /^the words link to (.+)$/s, key: 'reasonLink' },
  { re: /^its own sentence names no one: it continues a quotation credited to the same person$/, key: 'reasonContext' },
  { re: /^the article ties it to its source with “(.+)”$/s, key: 'reasonOtherCue' },
  { re: /^“(.+)” does not always mean that someone said something$/s, key: 'reasonWeakCue' },
  { re: /^the quotation carries on from the previous paragraph$/, key: 'reasonContinued' },
  { re: /^it is a direct quotation$/, key: 'reasonDirectQuote' },
  { re: /^the figure sits inside a passage credited to this source$/, key: 'reasonFigurePassage' },
  { re: /^“(.+)” is taken to mean (.+) \(we are (\d+)% sure of who “\1” is\)$/s, key: 'reasonPronoun', subs: (m) => [m[1], m[2], localPercent(Number(m[3]))] },
  { re: /^it could also be (.+)$/s, key: 'reasonAlternatives', subs: (m) => [alternatives(m[1])] },
  { re: /^“(.+)” is taken to mean (.+)$/s, key: 'reasonTitle' },
  { re: /^the article only says “(.+)”, without a name, so there is no confidence$/s, key: 'reasonUnresolvedNone' },
  { re: /^the article only says “(.+)”, without a name$/s, key: 'reasonUnresolved' },
  { re: /^the name stands a few words away from the words that credit it$/, key: 'reasonIndirect' },
  { re: /^the article hedges: “(.+)”$/s, key: 'reasonHedge' },
  { re: /^part of this may be the writer’s own words rather than the source’s$/, key: 'reasonAmbiguous' },
  { re: /^the wording names no one$/, key: 'reasonImpersonal' },
  { re: /^the source is named after what was said$/, key: 'reasonAfter' },
  { re: /^the source is not named, so confidence stays at (\d+)% or below$/, key: 'reasonCapAnonymous', subs: (m) => [localPercent(Number(m[1]))] },
  { re: /^the source is only hinted at, so confidence stays at (\d+)% or below$/, key: 'reasonCapVague', subs: (m) => [localPercent(Number(m[1]))] },
  { re: /^the source is a named person$/, key: 'reasonSourcePerson' },
  { re: /^the source is a named organisation$/, key: 'reasonSourceOrganization' },
  { re: /^the source is a government or state body$/, key: 'reasonSourceGovernment' },
  { re: /^the source is a news outlet or agency$/, key: 'reasonSourceOutlet' },
  { re: /^the source is a document or data$/, key: 'reasonSourceDocument' },
  { re: /^the source is not named$/, key: 'reasonSourceAnonymous' },
  { re: /^the source is only hinted at$/, key: 'reasonSourceVague' },
  { re: /^the source is the writer$/, key: 'reasonSourceAuthor' },
  { re: /^the article does not say who this comes from$/, key: 'reasonNoSource' },
];

/** "Ann Lee or Bo Chen" -> "Ann Lee oder Bo Chen": the runner-ups as a list of the reader's language. */
function alternatives(list: string): string {
  const names = list.split(' or ');
  try {
    return new Intl.ListFormat(uiLocale(), { type: 'disjunction' }).format(names);
  } catch {
    return list;
  }
}

/** The message a reason of the engine reads as, with its substitutions; null for a shape not known here. */
export function reasonMessage(reason: string): { key: MessageKey; subs: string[] } | null {
  for (const shape of SHAPES) {
    const m = shape.re.exec(reason);
    if (m) return { key: shape.key, subs: (shape.subs ?? plain)(m) };
  }
  return null;
}

/** A reason of the engine in the reader's language (as the engine wrote it when its shape is not known). */
export function localReason(reason: string): string {
  const found = reasonMessage(reason);
  return found ? t(found.key, ...found.subs) : reason;
}
