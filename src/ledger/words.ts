// Words as the ledger compares them: quotations and statements reduced to their words (case kept for display,
// compared lower-cased), and the counted noun of a figure reduced to a lemma ("troops" -> "troop").

// Letters and digits, with inner apostrophes, hyphens and digit separators kept inside a word ("don't", "F-16", "10,000").
const WORD = /[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu;

/** The words of a text, in order, typographic apostrophes made plain: "“We won’t go,” he said" -> We won't go he said. */
export function wordsOf(text: string): string[] {
  return Array.from(text.normalize('NFKC').matchAll(WORD), (m) => m[0].replace(/’/g, '\''));
}

/** A quotation or statement as the ledger keeps it: its words joined by single spaces. */
export function normaliseWords(text: string, maxWords = 400): string {
  return wordsOf(text).slice(0, maxWords).join(' ');
}

const IRREGULAR: Record<string, string> = {
  people: 'person', persons: 'person', men: 'man', women: 'woman', children: 'child', dead: 'death', deaths: 'death',
  police: 'police', personnel: 'troop', staff: 'staff', aircraft: 'aircraft', militia: 'militia', crew: 'crew',
  wounded: 'injured', injured: 'injured', displaced: 'displaced', missing: 'missing', homeless: 'homeless',
  cattle: 'cattle', livestock: 'livestock', infantry: 'troop', youth: 'youth', feet: 'foot', teeth: 'tooth',
  // What counts the same thing by another name: soldiers are troops, servicemen too.
  soldiers: 'troop', soldier: 'troop', troops: 'troop', servicemen: 'troop', servicemembers: 'troop', forces: 'troop',
  civilians: 'civilian', usd: 'usd', eur: 'eur', gbp: 'gbp',
};

/** The lemma of a counted noun or unit: plural to singular, a few synonyms folded ("soldiers" -> "troop"). */
export function lemma(noun: string): string {
  const w = noun.toLowerCase().replace(/’/g, '\'');
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (/^[a-z]{0,4}-?\d+[a-z]*s$/.test(w)) return w.slice(0, -1);  // "f-16s" -> "f-16"
  if (w.length > 5 && w.endsWith('men')) return `${w.slice(0, -3)}man`;  // "gunmen" -> "gunman"
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;    // "casualties" -> "casualty"
  if (w.length > 4 && /(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2); // "munitions" stays below
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}
