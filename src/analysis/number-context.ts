// The words around a number that change what it is: modifiers that bound it ("at least 42"), hedges
// ("possibly hundreds"), and the contexts that make it a date, a label or an age rather than a figure.
// Every regex here is built once and runs on a short window, so the recogniser stays linear.

export type ModifierKind = 'min' | 'max' | 'approx' | 'exact';

const MODIFIERS: Array<[ModifierKind, string[]]> = [
  ['min', ['at least', 'at a minimum', 'a minimum of', 'no fewer than', 'no less than', 'not less than',
    'more than', 'well over', 'well above', 'just over', 'over', 'upwards of', 'upward of', 'in excess of', 'above',
    'exceeding', 'north of', 'as low as', 'slightly more than', 'a little more than', 'a little over', 'slightly over',
    'well beyond', 'beyond']],
  ['max', ['up to', 'fewer than', 'less than', 'under', 'below', 'at most', 'no more than', 'not more than',
    'a maximum of', 'as many as', 'as much as', 'as high as', 'just under', 'just below', 'short of', 'well under',
    'well below', 'slightly less than', 'a little under', 'a little less than']],
  ['approx', ['about', 'around', 'some', 'roughly', 'approximately', 'approx.', 'nearly', 'almost', 'close to',
    'circa', 'an estimated', 'estimated', 'an approximate', 'more or less', 'in the region of', 'the order of',
    'somewhere around', 'as estimated']],
  ['exact', ['exactly', 'precisely', 'only', 'just', 'another', 'an additional', 'a further', 'a total of']],
];

/** Modifier phrase (lower case, single spaces) -> what it does to the number. */
export const MODIFIER_KIND: ReadonlyMap<string, ModifierKind> = new Map(
  MODIFIERS.flatMap(([kind, phrases]) => phrases.map((p) => [p, kind] as const)),
);

/** Modifiers that are also hedges on the content: they make the figure less certain. */
export const HEDGING_MODIFIERS: ReadonlySet<string> = new Set(['some', 'about', 'around', 'roughly',
  'approximately', 'approx.', 'nearly', 'almost', 'close to', 'circa', 'an estimated', 'estimated',
  'an approximate', 'more or less', 'in the region of', 'somewhere around', 'up to', 'as many as', 'as much as',
  'upwards of', 'upward of', 'as estimated', 'the order of', 'as high as']);

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** The longest modifier phrase, in words. */
export const MODIFIER_MAX_WORDS = 4;

/** Content hedges that may stand right before a figure or its modifier: "possibly hundreds", "reportedly some 300". */
export const HEDGE_WORDS_BEFORE = words(`possibly perhaps probably maybe potentially likely reportedly allegedly
  apparently purportedly supposedly unconfirmed unverified`);

// "rose from 200 to 300" is a change between two figures, not a range.
export const CHANGE_VERB_BEFORE =
  /\b(?:rose|risen|rising|rises|increas\w*|climb\w*|jump\w*|grew|grow\w*|fell|fall\w*|dropp?\w*|declin\w*|cut|rais\w*|reduc\w*|lower\w*|boost\w*|doubl\w*|tripl\w*|surg\w*|soar\w*|plung\w*|slid\w*|slump\w*|revis\w*|went|gone|up|down|shr[aiu]nk\w*|expand\w*|swell\w*|swoll\w*)\b[^.;]{0,24}$/i;

/** Labels that number things rather than count them: "page 3", "No. 2", "section 230", "version 2". */
export const LABEL_WORDS = words(`page pages p. pp. no. nos. number section sections article articles chapter
  paragraph para para. clause item line step rule verse fig. fig figure table appendix exhibit vol. vol volume
  episode season level phase stage grade category type model version ver. v v. release build route highway
  interstate platform gate room suite apt. apartment floor flight channel district precinct ward zone sector
  seat amendment resolution size ranked rank tier top lap hole junction exit track terminal cell lane unit
  ios android windows macos python firefox chrome ipv covid code squad mark mk. rev. ch. sec. art. ep. pt.
  part act bill title`);

export const AGE_WORDS = words('aged age ages');
/** Words that make a following four-digit number a year: "in 2025", "since 2014", "the 2016 election". */
export const YEAR_CONTEXT_WORDS = words(`in since by until till from of during before after the early late mid
  fiscal year summer spring autumn fall winter through between and to circa c. around`);
/** "the two leaders", "all three soldiers": a small number word after these refers back; it counts nothing new. */
export const DETERMINERS = words(`the these those both all its their his her our my your whose other first last
  next previous every each`);
/** "voters under 30", "those over 65": an age bracket. */
export const AGE_BRACKET_PEOPLE = words(`voters people those adults children kids men women residents americans
  respondents workers patients anyone everyone`);

export const TIME_AFTER = /[ \u00a0]?(?:[ap]\.m\.?|[ap]m(?![A-Za-z])|o['’]clock|(?:GMT|UTC|EST|EDT|CET|CEST|BST|MSK|IST|local[ \u00a0]time)(?![A-Za-z]))/iy;
// "34-year-old", "40 years old", "45 or older".
export const AGE_AFTER = /(?:[- \u00a0](?:years?|yrs?|months?|weeks?|days?)[- \u00a0]olds?|[ \u00a0]or[ \u00a0](?:older|younger))(?![A-Za-z])/iy;
// Durations ("three days", "10 years ago", "hundreds of years") are time, not counts. Multipliers and
// frequencies ("six times the value", "struck 12 times") are figures.
export const DURATION_AFTER =
  /[ \u00a0](?:of[ \u00a0])?(?:seconds?|minutes?|mins|hours?|hrs|days?|nights?|weeks?|months?|years?|yrs|decades?|centuries|century|generations?)(?![A-Za-z])/iy;
/** Counted nouns that make a number a duration even after adjectives: "three remarkable weeks". */
export const TIME_UNIT_NOUNS = words(`seconds minutes mins hours hrs days nights weeks months years yrs decades
  centuries generations`);
// Trailing modifiers: "200 or so", "500 or more", "500+", "30-odd", "60-plus".
export const SUFFIX_AFTER = /(?:[ \u00a0]or[ \u00a0](so|more|fewer|less)(?![A-Za-z])|(\+)|-(odd|plus)(?![A-Za-z]))/iy;
export const HYPHEN_WORD_AFTER = /[-–]([A-Za-z]+)/y;
// "a two- or three-week period": a suspended compound.
export const SUSPENDED_HYPHEN_AFTER = /-[ \u00a0]+(?:or|and|to)[ \u00a0]/y;
// Sources counted, not things: "two officials said", "three people familiar with the matter".
export const SOURCE_COUNT_AFTER = /[ \u00a0]+(?:(?:senior|top|former|current|western|foreign|local|other|[A-Z][A-Za-z.]*)[ \u00a0]+){0,2}(?:officials?|sources?|diplomats?|analysts?|experts?|spokes(?:man|men|woman|women|people|persons?)|aides?|insiders?|people|persons|witnesses|lawmakers|officers|residents|executives)(?:[ \u00a0]+(?:have|had|who|also|later|separately))?(?:,?[ \u00a0]+)(?:said|say|says|told|familiar|briefed|with[ \u00a0]knowledge|spoke|speaking|close[ \u00a0]to|confirmed|asked|declined|requested|cited|quoted)(?![A-Za-z])/y;

/** Capitalised words that may stand right before a figure without making it a label ("Some 300", "In 2025"). */
export const FUNCTION_CAPS: ReadonlySet<string> = new Set(`the a an in on at of by for from to with without into
  after before during since until over under about around some nearly almost roughly approximately only just
  another all both each every and but or nor so yet then now still also even exactly more less fewer most
  least up between among including excluding those these its their his her our my your perhaps possibly
  probably maybe reportedly allegedly estimated than like unlike when while where as if though although
  because well upwards above below beyond within through across per many several today yesterday last this
  that there here it we they he she i you barely fully precisely close killing killed there's it's
  approx circa whereas plus minus`.split(/\s+/));

export const NUMERIC_DATE = /\d{4}([-/.])\d{1,2}\1\d{1,2}(?!\d)|\d{1,2}([-/.])\d{1,2}\2\d{2,4}(?!\d)/y;
// A trunk or country prefix may be one digit: "1-800-555-0199".
export const PHONE = /\+?\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,4}(?!\d)/y;
