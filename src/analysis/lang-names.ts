// Names after "по словам", "за словами", "по данным" stand in the genitive ("по словам Пескова"): the card
// should say "Песков". A few endings of Russian and Ukrainian surnames and first names turn back to the
// nominative; a word no rule fits is kept as written. Descriptions ("полиции") go back by noun endings too.

// [genitive ending, nominative ending], longest first; the first that fits wins.
const RU: Array<[string, string]> = [
  ['ского', 'ский'], ['цкого', 'цкий'], ['ской', 'ская'], ['цкой', 'цкая'], ['ового', 'овый'], ['ого', 'ий'],
  ['овой', 'ова'], ['евой', 'ева'], ['иной', 'ина'], ['ова', 'ов'], ['ева', 'ев'], ['ёва', 'ёв'], ['ина', 'ин'], ['ына', 'ын'],
  ['ции', 'ция'], ['ии', 'ия'], ['ства', 'ство'], ['ия', 'ий'], ['ея', 'ей'],
];
const UK: Array<[string, string]> = [
  ['ського', 'ський'], ['цького', 'цький'], ['ської', 'ська'], ['цької', 'цька'], ['ого', 'ий'],
  ['ової', 'ова'], ['евої', 'ева'], ['ова', 'ов'], ['ева', 'ев'], ['іна', 'ін'], ['ина', 'ин'],
  ['ції', 'ція'], ['ії', 'ія'], ['ства', 'ство'], ['ія', 'ій'], ['них', 'ні'],
];
// Ukrainian surnames in -ко decline: "за словами Марченка" is Марченко's.
const UK_KO = /[бвгджзклмнпрстфхцчшщй]ка$/;
// Male first names in -а after a consonant ("Олега" -> "Олег", "Ивана" -> "Иван").
const CONSONANT_A = /[бвгджзклмнпрстфхцчшщ]а$/;

function wordBack(w: string, rules: Array<[string, string]>): string {
  const lower = w.toLowerCase();
  if (rules === UK && UK_KO.test(lower) && lower.length > 4 && /^\p{Lu}/u.test(w)) return `${w.slice(0, -1)}о`;
  for (const [gen, nom] of rules) {
    if (lower.length > gen.length + 2 && lower.endsWith(gen)) return w.slice(0, w.length - gen.length) + nom;
  }
  if (CONSONANT_A.test(lower) && lower.length > 3 && /^\p{Lu}/u.test(w)) return w.slice(0, -1);
  return w;
}

/** The nominative of a genitive Russian or Ukrainian name or description; other languages as they are. */
export function nominative(name: string, lang: string): string {
  const rules = lang === 'ru' ? RU : lang === 'uk' ? UK : null;
  if (!rules) return name;
  return name.split(' ').map((w) => (/^[\p{Lu}\p{Ll}'-]+$/u.test(w) && !/^[\p{Lu}\d-]+$/u.test(w) ? wordBack(w, rules) : w)).join(' ');
}
