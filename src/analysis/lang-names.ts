// Names after "по словам", "за словами", "по данным" stand in the genitive ("по словам Пескова"): the card
// should say "Песков". A few endings of Russian and Ukrainian surnames and first names turn back to the
// nominative; a word no rule fits is kept as written. Descriptions ("полиции") go back by noun endings too.

// [genitive ending, nominative ending], longest first; the first that fits wins.
const RU: Array<[string, string]> = [
  ['ского', 'ский'], ['цкого', 'цкий'], ['ской', 'ская'], ['цкой', 'цкая'], ['ового', 'овый'],
  // Hard and soft adjectives: "Центрального" -> "Центральный", "Последнего" -> "Последний" ("Русского" above).
  ['гого', 'гий'], ['кого', 'кий'], ['хого', 'хий'], ['жего', 'жий'], ['шего', 'ший'], ['чего', 'чий'], ['щего', 'щий'],
  ['ого', 'ый'], ['его', 'ий'], ['ения', 'ение'], ['ания', 'ание'],
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
// At module level: a bundler targeting a browser turns a literal with \p{…} into `new RegExp(…)`, built at each call.
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;

function wordBack(w: string, rules: Array<[string, string]>): string {
  const lower = w.toLowerCase();
  if (rules === UK && UK_KO.test(lower) && lower.length > 4 && STARTS_UPPER.test(w)) return `${w.slice(0, -1)}о`;
  for (const [gen, nom] of rules) {
    if (lower.length > gen.length + 2 && lower.endsWith(gen)) return w.slice(0, w.length - gen.length) + nom;
  }
  if (CONSONANT_A.test(lower) && lower.length > 3 && STARTS_UPPER.test(w)) return w.slice(0, -1);
  return w;
}

// An adjective agrees with the noun after it: neuter ("Национального агентства" -> "Национальное агентство") and
// plural ("Повітряних сил" -> "Повітряні сили", "Вооруженных сил" -> "Вооруженные силы").
const NEUTER: Record<string, Array<[RegExp, string]>> = {
  ru: [[/([гкхжшчщ])ий$/, '$1ое'], [/ый$/, 'ое'], [/ий$/, 'ее']],
  uk: [[/ій$/, 'є'], [/ий$/, 'е']],
};
const PLURAL_ADJ: Record<string, Array<[RegExp, string]>> = { ru: [[/ых$/, 'ые'], [/их$/, 'ие']], uk: [[/(?<!н)их$/, 'і']] };

/** A genitive plural noun back to the nominative plural: "сил" -> "силы"/"сили", "органов" -> "органы". */
function pluralNoun(w: string, lang: string): string {
  const hard = lang === 'uk' ? 'и' : /[гкхжшчщ]$/.test(w) ? 'и' : 'ы';
  if (lang === 'ru' && /[^аеиоуыэюя](?:ов|ев)$/.test(w)) return w.slice(0, -2) + (/[гкхжшчщ]..$/.test(w) ? 'и' : 'ы');
  if (lang === 'uk' && /[^аеиіоуяєї]ів$/.test(w)) return `${w.slice(0, -2)}и`;
  if (lang === 'ru' && /[^аеиоуыэюя]ей$/.test(w)) return `${w.slice(0, -2)}и`;
  return /[бвгджзклмнпрстфхцчшщ]$/.test(w) ? w + hard : w;
}

function agree(orig: string[], out: string[], lang: string): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const next = out[i + 1];
    if (/(?:ого|его)$/i.test(orig[i]) && /(?:ство|ние|ие|ння|тво|о)$/.test(next.toLowerCase())) {
      for (const [re, to] of NEUTER[lang]) if (re.test(out[i])) { out[i] = out[i].replace(re, to); break; }
    }
    const pl = PLURAL_ADJ[lang].find(([re]) => re.test(orig[i]) && orig[i].length > 5);
    if (pl && orig[i] === out[i] && STARTS_LOWER.test(orig[i + 1])) {
      out[i] = orig[i].replace(pl[0], pl[1]);
      out[i + 1] = pluralNoun(orig[i + 1], lang);
    } else if (lang === 'uk' && /них$/.test(orig[i]) && STARTS_LOWER.test(orig[i + 1])) {
      out[i + 1] = pluralNoun(orig[i + 1], lang);
    }
  }
}

/** The nominative of a genitive Russian or Ukrainian name or description; other languages as they are. */
export function nominative(name: string, lang: string): string {
  const rules = lang === 'ru' ? RU : lang === 'uk' ? UK : null;
  if (!rules) return name;
  const orig = name.split(' ');
  const out = orig.map((w) => (/^[\p{Lu}\p{Ll}'-]+$/u.test(w) && !/^[\p{Lu}\d-]+$/u.test(w) ? wordBack(w, rules) : w));
  agree(orig, out, lang);
  return out.join(' ');
}
