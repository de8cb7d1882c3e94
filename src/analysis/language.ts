// Which language a page or a block is written in: the page's declared language (`<html lang>`) first, then a
// cheap check of the text itself (counts of very common words, and of the letters that tell Ukrainian from
// Russian), block by block where a page mixes languages. Linear and bounded: a block is judged on its first
// words only.

/** Languages the engine reads fully (cues, sources, figures); any other gets figures only. */
export const ENGINE_LANGUAGES: readonly string[] = ['en', 'de', 'fr', 'es', 'uk', 'ru'];

/** What the engine did with a page's language, for the popup ("This page is in Portuguese: figures only"). */
export interface LanguageInfo {
  /** BCP 47 primary subtag ("de"), or "und" when neither the page nor the text says. */
  code: string;
  /** `full`: claims, sources and figures; `figures`: no lexicon for this language, so figures only. */
  support: 'full' | 'figures';
}

// The commonest function words of each language; a word in several lists counts for each in part.
const STOPWORDS: Record<string, string> = {
  en: 'the a of and to in is that for it was on with as he be by at are this have from or an they which but his not said were has i you we my',
  de: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als wie bei sie nach wird einer um noch wurde aus sind hat über',
  fr: 'le la les et des est un une de du dans pour qui sur au pas plus par ce avec ne se sont ont aux été cette mais ou il elle leur selon',
  es: 'el la los las y de del en que es un por con una para se no al su lo como más pero sus le ha fue este entre sobre también según muy',
  pt: 'o os as e do da dos das em que para com uma não no na um ao foi mais pelo pela seu sua como também ser são entre',
  it: 'il gli di che è per una non sono della del nel alla anche più come ha ma dei delle questo loro stato',
  nl: 'de het een van en is niet op te dat zijn met voor aan er ook maar bij wordt naar om dit uit werd',
  cs: 'a je se na že v s z do to by jako ale jsou byl být od po pro jeho které který také podle',
  pl: 'i w na że się nie z do to jest jak ale od po przez dla jego które który także oraz był była',
  uk: 'і в на що не з до це як та за він вона від але про його її які також був була буде',
  ru: 'и в на что не с по это как из за он она от но о его ее которые также был была будет',
};

import { letterAt, WordTable } from './language-words';

const WORD_LANGS = new Map<string, string[]>();
for (const [lang, list] of Object.entries(STOPWORDS)) {
  for (const w of list.split(' ')) {
    const langs = WORD_LANGS.get(w);
    if (langs) langs.push(lang); else WORD_LANGS.set(w, [lang]);
  }
}
// The same, by language index, for the counting loop (guessLanguage runs on every block).
const LANGS = Object.keys(STOPWORDS);
const WORD_TABLE = new WordTable<number[]>([...WORD_LANGS].map(([w, ls]) => [w, ls.map((l) => LANGS.indexOf(l))]));
const SEEN = new Uint8Array(WORD_TABLE.words.length);
const STAMP = new Uint32Array(WORD_TABLE.words.length);
let calls = 0;
const UK = LANGS.indexOf('uk');
const RU = LANGS.indexOf('ru');

const FUNCTION_WORDS = new Set(WORD_LANGS.keys());
/** A function word of any language read here ("est", "de", "что"): never a counted noun. */
export function isFunctionWord(w: string): boolean {
  return FUNCTION_WORDS.has(w);
}

const CYRILLIC_LANGS = new Set(['uk', 'ru', 'bg', 'be', 'sr', 'mk']);
const UK_LETTERS = /[іїєґІЇЄҐ]/g;
const RU_LETTERS = /[ыэъёЫЭЪЁ]/g;
/** Words read per judgement: enough for function words to show, bounded for long blocks. */
const MAX_WORDS = 40;
/** Words read to judge a whole page (its menus and captions come first). */
const PAGE_WORDS = 600;

/** "de-AT" -> "de", "pt_BR" -> "pt"; null for an empty or malformed tag. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (typeof tag !== 'string') return null;
  const m = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$/.exec(tag);
  return m ? m[1].toLowerCase() : null;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export interface Guess { lang: string; score: number; words: number }

/**
 * The words a page's check read, in text order (offsets, table id or -1, whether the first letter is Cyrillic):
 * a block's check reads the same words again, so it counts these instead. Every word starting before `covered`
 * is here.
 */
export class PageWords {
  s = new Int32Array(0);
  e = new Int32Array(0);
  id = new Int32Array(0);
  cyr = new Uint8Array(0);
  n = 0;
  covered = 0;
  constructor(readonly text: string) {}

  /** Room for `size` words, none kept yet. */
  reset(size: number): void {
    if (this.s.length < size) {
      this.s = new Int32Array(size); this.e = new Int32Array(size); this.id = new Int32Array(size); this.cyr = new Uint8Array(size);
    }
    this.n = 0;
    this.covered = 0;
  }
}

/** One judgement's counts: weight per language, the order languages were first counted in (it breaks ties). */
interface Tally { counts: number[]; order: number[]; words: number; cyr: number; call: number }

function newTally(): Tally {
  // Each word counts at most three times: a menu of "A A A A" says nothing. Counts of this call: SEEN where STAMP
  // is this call's.
  if (calls === 0xffffffff) { calls = 0; STAMP.fill(0); }
  return { counts: new Array<number>(LANGS.length).fill(0), order: [], words: 0, cyr: 0, call: ++calls };
}

function count(t: Tally, w: number, cyr: boolean): void {
  if (cyr) t.cyr++;
  t.words++;
  if (w < 0) return;
  const langs = WORD_TABLE.values[w];
  const times = (STAMP[w] === t.call ? SEEN[w] : 0) + 1;
  STAMP[w] = t.call;
  SEEN[w] = Math.min(times, 255);
  if (times > 3) return;
  for (const l of langs) {
    if (t.counts[l] === 0) t.order.push(l);
    t.counts[l] += 1 / langs.length;
  }
}

/**
 * The language text[start, end) reads as, by its commonest words; `score` is the winner's margin share (0..1).
 * `record` keeps the words read (a page's check, for its blocks' checks).
 */
export function guessLanguage(text: string, start = 0, end = text.length, maxWords = MAX_WORDS, record?: PageWords): Guess | null {
  const t = newTally();
  // Words are runs of letters (\p{L}), read by hand (language-words.ts).
  const n = text.length;
  let i = start > 0 ? Math.min(Math.floor(start), n) : 0;
  // A start inside a surrogate pair reads the pair (as a regex with the u flag does).
  if (i > 0 && i < n && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--;
  record?.reset(maxWords);
  while (t.words < maxWords) {
    while (i < n && !letterAt(text, i)) i++;
    if (!(i < end) || i >= n) break;
    // Cyrillic (U+0400-U+04FF) is the same before and after lower-casing.
    const c0 = text.charCodeAt(i);
    const s = i;
    i = WORD_TABLE.readWord(text, i);
    const cyr = c0 >= 0x400 && c0 <= 0x4ff;
    if (record) {
      record.s[record.n] = s; record.e[record.n] = i; record.id[record.n] = WORD_TABLE.found; record.cyr[record.n] = cyr ? 1 : 0;
      record.n++;
    }
    count(t, WORD_TABLE.found, cyr);
  }
  if (record) record.covered = i >= n ? Infinity : i;
  return judge(t, text, start, end);
}

/**
 * guessLanguage(text, start, end) from the words a page's check read, or undefined when those are not all the words
 * it would read (the block starts inside a word, or reads on past them).
 */
function guessFromPage(page: PageWords, start: number, end: number): Guess | null | undefined {
  const { s, e, text } = page;
  const n = text.length;
  // Where guessLanguage starts reading (a start inside a surrogate pair reads the pair).
  let i = start > 0 ? Math.min(Math.floor(start), n) : 0;
  if (i > 0 && i < n && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--;
  let lo = 0;
  let hi = page.n;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (s[mid] < i) lo = mid + 1; else hi = mid; }
  if (lo > 0 && e[lo - 1] > i) return undefined;
  let k = lo;
  while (k < page.n && k - lo < MAX_WORDS && s[k] < end) k++;
  if (k - lo < MAX_WORDS && !(k < page.n) && end > page.covered) return undefined;
  const t = newTally();
  for (let j = lo; j < k; j++) count(t, page.id[j], page.cyr[j] === 1);
  return judge(t, text, start, end);
}

function judge(t: Tally, text: string, start: number, end: number): Guess | null {
  const { counts, words } = t;
  if (!words) return null;
  // Cyrillic: the letters only Ukrainian or only Russian use decide, then the function words.
  if (t.cyr * 2 >= words) {
    const sample = text.slice(start, Math.min(end, start + 400));
    const ukLetters = sample.match(UK_LETTERS)?.length ?? 0;
    const uk = ukLetters + counts[UK];
    const ru = (sample.match(RU_LETTERS)?.length ?? 0) + counts[RU];
    // Nearly every Ukrainian sentence has an і, ї or є: five Cyrillic words without one read as Russian.
    if (uk === ru) return !ukLetters && words >= 5 ? { lang: 'ru', score: 0.5, words } : null;
    return { lang: uk > ru ? 'uk' : 'ru', score: Math.abs(uk - ru) / (uk + ru), words };
  }
  let best = -1;
  let top = 0;
  let second = 0;
  for (const l of t.order) {
    if (l === UK || l === RU) continue;
    const n = counts[l];
    if (n > top) { second = top; top = n; best = l; } else if (n > second) second = n;
  }
  if (best < 0 || top < 2) return null;
  return { lang: LANGS[best], score: (top - second) / top, words };
}

/**
 * A guess sure enough to overrule what the page declares: enough words, and a clear margin (Spanish and French
 * share many short words, so a short sentence proves little).
 */
function confident(g: Guess | null, minWords: number): g is Guess {
  return !!g && g.words >= minWords && g.score >= 0.6;
}

/**
 * The page's language: its declared `lang` unless the text clearly reads as another (templates often keep
 * lang="en" on translated pages), else the text's, else "und".
 */
export function pageLanguage(declared: string | null | undefined, text: string, record?: PageWords): string {
  const tag = primaryLanguage(declared);
  const g = guessLanguage(text, 0, Math.min(text.length, 20000), PAGE_WORDS, record);
  if (tag ? confident(g, 40) && g.lang !== tag : confident(g, 6)) return g!.lang;
  return tag ?? g?.lang ?? 'und';
}

/** A block's language: its own when its text clearly says so (a quoted post in another language), else the page's. */
export function blockLanguage(text: string, start: number, end: number, page: string, words?: PageWords): string {
  const reused = words && words.text === text ? guessFromPage(words, start, end) : undefined;
  const g = reused === undefined ? guessLanguage(text, start, end) : reused;
  if (!g) return page;
  // Another script settles it in a few words (a Cyrillic quotation on an English page).
  if (CYRILLIC_LANGS.has(g.lang) !== CYRILLIC_LANGS.has(page) && g.words >= 3 && g.score > 0) return g.lang;
  return confident(g, 15) ? g.lang : page;
}

export function languageInfo(code: string): LanguageInfo {
  return { code, support: ENGINE_LANGUAGES.includes(code) || code === 'und' ? 'full' : 'figures' };
}
