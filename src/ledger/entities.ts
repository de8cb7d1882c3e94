// The named things around a figure ("Russia", "North Korean", "Kharkiv"), as lower-case keys that compare
// across articles: a demonym and its country are one entity ("North Korean" = "North Korea" = "DPRK").
// A cheap reading of capitalised word runs: the ledger needs to tell "10,000 troops in Russia" from
// "10,000 troops in Syria", not to recognise every name.

const NAME_RUN = /\b[\p{Lu}][\p{L}'’.-]*(?:\s+(?:of\s+|de\s+|al-)?[\p{Lu}][\p{L}'’.-]*)*/gu;

// Capitalised words that are not names: sentence openers, titles, days, months, and words of the news itself.
const NOT_NAMES: ReadonlySet<string> = new Set(`a an the some about around nearly almost more less at least up to
  as in on of by for from with after before during since until and but or nor so yet if when while where as
  this that these those there here it its he she they we you i his her their our my your them us him me
  according officials official reports report sources source spokesman spokeswoman spokesperson minister ministry
  president prime chancellor general colonel lieutenant sergeant captain mr mrs ms dr prof sir
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  earlier later last next new another other many most several all both each every no not
  however meanwhile also still only just even then now`.split(/\s+/));

// Demonyms, short forms and long forms that name the same country or body.
const SAME_AS: Record<string, string> = {
  'north korean': 'north korea', 'north koreans': 'north korea', dprk: 'north korea', pyongyang: 'north korea',
  'south korean': 'south korea', 'south koreans': 'south korea', seoul: 'south korea',
  russian: 'russia', russians: 'russia', moscow: 'russia', kremlin: 'russia', 'russian federation': 'russia',
  ukrainian: 'ukraine', ukrainians: 'ukraine', kyiv: 'ukraine', kiev: 'ukraine',
  american: 'united states', americans: 'united states', us: 'united states', 'u.s.': 'united states',
  usa: 'united states', 'u.s.a.': 'united states', washington: 'united states', 'united states of america': 'united states',
  british: 'united kingdom', britain: 'united kingdom', uk: 'united kingdom', 'u.k.': 'united kingdom', london: 'united kingdom',
  'great britain': 'united kingdom',
  chinese: 'china', beijing: 'china', israeli: 'israel', israelis: 'israel', palestinian: 'palestine',
  palestinians: 'palestine', syrian: 'syria', syrians: 'syria', iranian: 'iran', iranians: 'iran', tehran: 'iran',
  iraqi: 'iraq', iraqis: 'iraq', afghan: 'afghanistan', afghans: 'afghanistan', french: 'france', paris: 'france',
  german: 'germany', germans: 'germany', berlin: 'germany', polish: 'poland', belarusian: 'belarus',
  belarusians: 'belarus', minsk: 'belarus', turkish: 'turkey', turkiye: 'turkey', 'türkiye': 'turkey',
  japanese: 'japan', tokyo: 'japan', indian: 'india', indians: 'india', pakistani: 'pakistan', sudanese: 'sudan',
  lebanese: 'lebanon', yemeni: 'yemen', gazan: 'gaza', gazans: 'gaza', european: 'european union', eu: 'european union',
  nato: 'nato', un: 'united nations', 'u.n.': 'united nations',
};

/** The canonical key of one name: lower-cased, possessive dropped, demonyms folded into their country. */
export function entityKey(name: string): string {
  const key = name.toLowerCase().replace(/’/g, '\'').replace(/'s$/, '').replace(/\s+/g, ' ').trim();
  return SAME_AS[key] ?? key;
}

const KNOWN = new Set(Object.values(SAME_AS));

function cleanWord(word: string): string {
  const w = word.replace(/['’]s$/, '');
  return /^(?:\p{Lu}\.)+$/u.test(w) ? w : w.replace(/\.+$/, '');
}

/** A capitalised run cut at words that are not names: "Russian President Vladimir Putin" -> Russian | Vladimir Putin. */
function namesInRun(run: string): string[][] {
  const parts: string[][] = [[]];
  for (const raw of run.split(/\s+/)) {
    const word = cleanWord(raw);
    if (!word || NOT_NAMES.has(word.toLowerCase())) {
      if (parts[parts.length - 1].length) parts.push([]);
    } else {
      parts[parts.length - 1].push(word);
    }
  }
  return parts.filter((p) => p.length > 0);
}

/**
 * Entities named in `sentence`, minus the words of `exclude` (the claim's source: who says it is not what it
 * is about). A person's surname counts as well as the full name, so "Putin" meets "Vladimir Putin".
 */
export function entitiesIn(sentence: string, exclude: readonly string[] = []): string[] {
  const skip = new Set(exclude.flatMap((name) => name.toLowerCase().split(/\s+/).map(cleanWord)));
  const found = new Set<string>();
  for (const m of sentence.matchAll(NAME_RUN)) {
    for (const words of namesInRun(m[0])) {
      if (words.every((w) => skip.has(w.toLowerCase()))) continue;
      const key = entityKey(words.join(' '));
      if (key.length < 2) continue;
      found.add(key);
      if (words.length > 1 && !KNOWN.has(key)) {
        const last = entityKey(words[words.length - 1]);
        if (last.length > 2) found.add(last);
      }
    }
  }
  return [...found].filter((e) => !skip.has(e)).sort();
}
