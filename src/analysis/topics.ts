// Topics: what a figure counts, and what a quote or statement is about (design.md "topic").
import type { Topic } from './types';
import { countedNoun, isModelPlural } from './counted-noun';
import { PERSON_NOUNS, TOPIC_OF_WORD, TOPIC_PRIORITY, WEAK_TOPIC_WORDS } from './topic-words';
import { alternation, wordList, wordSet } from './lexicon/load';

const CURRENCY_IN_FIGURE = new RegExp(String.raw`[$£€¥₹₽₴₪]|\b${alternation('topics', 'currencyPatterns')}\b`, 'i');
const WORD = /[A-Za-z]+(?:['’-][A-Za-z]+)*/g;
// All topic words in one alternation: one regex pass over a statement, far cheaper than a lookup per word.
const TOPIC_WORD = new RegExp(`(?<![A-Za-z])(?:${[...TOPIC_OF_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z])`, 'gi');
const WORD_AFTER = /[ \t\u00a0,]{1,4}([A-Za-z]+(?:['’-][A-Za-z]+)*)/y;
// "$1.2 billion in aid", "2 million worth of equipment": money named after the figure by a preposition.
const MONEY_AFTER = new RegExp(String.raw`^[ \u00a0]+(?:in|of|worth\s+of)\s+(?:[a-z]+\s+)?(${wordList('topics', 'moneyNounPatterns').join('|')})\b`);
const CAPITALISED = /^[A-Z]/;
const HYPHEN_TAIL = /-([A-Za-z]+)$/;
const PERCENT = /%|per ?cent|percentage/i;
/** [.;!?:()\[\]"“”], by code unit (tested on every character of the words before a figure). */
function clauseEnd(c: number): boolean {
  return c === 46 || c === 59 || c === 33 || c === 63 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 34 || c === 0x201c || c === 0x201d;
}
const SENTENCE_END = /[.;!?]/;
const CLAUSE_JOINT = new RegExp(String.raw`,[ \u00a0]+${alternation('topics', 'clauseJoints')}[ \u00a0]`, 'g');
// Between a number and its noun: "15 armoured vehicles", "two air-defence systems", "40,000 US service members".
// "service" only in "service members": "service workers" are civilians.
const MILITARY_MODIFIER = new RegExp(String.raw`\b${alternation('topics', 'militaryModifierPatterns')}\b`, 'i');
const CIVILIAN_MODIFIER = new RegExp(String.raw`\b${alternation('topics', 'civilianModifierPatterns')}\b`, 'i');
const MOBILISED = wordSet('topics', 'mobilised');
const JOIN = wordSet('topics', 'join');
const ARMED_GROUP_AHEAD = new RegExp(String.raw`(?:[ \u00a0]+[A-Za-z]+){0,2}?[ \u00a0]+${alternation('topics', 'armedGroupPatterns')}(?![A-Za-z])`, 'iy');
const LOSS_VERBS = wordSet('topics', 'lossVerbs');
// Generic equipment nouns that a military modifier makes weapons: "15 armoured vehicles", "two air-defence systems".
const EQUIPMENT = wordSet('topics', 'equipment');
const ECONOMY = new RegExp(String.raw`\b${alternation('topics', 'economyPatterns')}\b`, 'i');
const WORDS_AFTER = 6;
const STRONG = 2;
const WORDS_BEFORE = 8;
const WINDOW_BEFORE = 80;

/**
 * The topic of the figure at [start,end) of `text`: its counted noun first ("10,000 troops"), with its
 * modifiers ("15 armoured vehicles", "40,000 service members"), then what happened to the people it counts
 * ("42 people were killed", "3,000 residents fled"), then a verb just before it ("killing at least 42",
 * "the death toll rose to 42"). A share of the economy ("exports fell 7.2%") is money.
 */
export function topicForFigure(text: string, start: number, end: number): Topic {
  if (typeof text !== 'string' || !(start >= 0) || !(end >= start) || end > text.length) return 'other';
  const figure = text.slice(start, end);
  if (CURRENCY_IN_FIGURE.test(figure)) return 'money';
  const compound = compoundTopic(text, figure, end);
  if (compound) return compound;
  const noun = countedNoun(text, end);
  const lower = noun?.text.toLowerCase() ?? '';
  const modifiers = noun ? text.slice(end, noun.start) : '';
  if (noun && CIVILIAN_MODIFIER.test(modifiers)) return 'other';  // "150 narrow-body jets"
  let nounTopic = noun ? (isModelPlural(noun.text) ? 'weapons' : TOPIC_OF_WORD.get(lower)) : undefined;
  const isPerson = !noun || nounTopic === 'troops' || PERSON_NOUNS.has(lower) || CAPITALISED.test(noun.text);
  if (noun && !nounTopic && MILITARY_MODIFIER.test(modifiers + noun.text) && (isPerson || EQUIPMENT.has(lower))) {
    nounTopic = isPerson ? 'troops' : 'weapons';
  }
  if (nounTopic === 'money' || nounTopic === 'weapons' || nounTopic === 'casualties' || nounTopic === 'displacement') {
    return nounTopic;
  }
  if (!noun && MONEY_AFTER.test(text.slice(end, end + 60))) return 'money';
  const isShare = PERCENT.test(figure) || lower === 'times';  // "12%", "six times the value"
  if (isPerson) {
    // A share ("71%") is rarely a casualty count itself: only what follows it decides.
    const counted = noun !== null;
    const event = eventAfter(text, noun ? noun.end : end, counted) ?? (isShare ? undefined : eventBefore(text, start, counted));
    // Troops stay troops when they move ("fighters crossed the river"); only casualties override them.
    if (event && (nounTopic !== 'troops' || event === 'casualties')) return event;
  }
  if (isShare && (!noun || lower === 'times') && isEconomic(text, start, end)) return 'money';
  return nounTopic ?? 'other';
}

// A headcount compound: "a 40-drone swarm" by its own word, "a 300-man unit" or "a 5,000-strong force" by
// the singular noun after it.
function compoundTopic(text: string, figure: string, end: number): Topic | undefined {
  const compound = HYPHEN_TAIL.exec(figure);
  if (!compound) return undefined;
  const own = TOPIC_OF_WORD.get(compound[1].toLowerCase());
  if (own) return own;
  WORD_AFTER.lastIndex = end;
  const group = WORD_AFTER.exec(text);
  return group ? TOPIC_OF_WORD.get(group[1].toLowerCase()) : undefined;
}

/**
 * The topic of a whole quote or statement: the topic whose words weigh most ('other' when none reaches
 * one strong word or two weak ones). Capitalised words are skipped: they are names ("Shark Tank", "Jets").
 */
export function topicForText(text: string): Topic {
  if (typeof text !== 'string' || !text) return 'other';
  const scores = new Map<Topic, number>();
  if (CURRENCY_IN_FIGURE.test(text)) scores.set('money', STRONG);
  TOPIC_WORD.lastIndex = 0;
  for (let m = TOPIC_WORD.exec(text); m; m = TOPIC_WORD.exec(text)) {
    const word = m[0];
    if (isCapitalisedName(text, m.index, word)) continue;
    const lower = word.toLowerCase();
    const topic = TOPIC_OF_WORD.get(lower);
    if (topic) scores.set(topic, (scores.get(topic) ?? 0) + (WEAK_TOPIC_WORDS.has(lower) ? 1 : STRONG));
  }
  let best: Topic = 'other';
  let bestScore = STRONG - 1;
  for (const topic of TOPIC_PRIORITY) {
    const score = scores.get(topic) ?? 0;
    if (score > bestScore) { best = topic; bestScore = score; }
  }
  return best;
}

// "Jets", "Shark Tank": a capital inside a sentence is a name; at the start of a sentence, or in all
// capitals, it is an ordinary word.
function isCapitalisedName(text: string, index: number, word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 65 || c > 90 || word === word.toUpperCase()) return false;
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '"' || text[i] === '“' || text[i] === '\'' || text[i] === '‘')) i--;
  return i >= 0 && text[i] !== '.' && text[i] !== '!' && text[i] !== '?' && text[i] !== '\n' && text[i] !== ':';
}

// What happened to the counted people, in the words after them: "were killed", "have fled", "were recruited".
function eventAfter(text: string, pos: number, counted: boolean): Topic | undefined {
  let previous = '';
  for (let i = 0; i < WORDS_AFTER; i++) {
    WORD_AFTER.lastIndex = pos;
    const m = WORD_AFTER.exec(text);
    if (!m) return undefined;
    pos = WORD_AFTER.lastIndex;
    const word = m[1].toLowerCase();
    const topic = eventTopic(word, previous, counted, false);
    if (topic) return topic;
    if (counted && JOIN.has(word)) {  // "Thousands of Tunisians have flocked to join jihadist groups"
      ARMED_GROUP_AHEAD.lastIndex = pos;
      if (ARMED_GROUP_AHEAD.test(text)) return 'troops';
    }
    const other = TOPIC_OF_WORD.get(word);
    if (other && other !== 'troops') return undefined;  // "40 drones were shot down": the noun decided already
    previous = word;
  }
  return undefined;
}

// A casualty, displacement or mobilisation word shortly before the figure in the same clause: "killing at least 42".
function eventBefore(text: string, start: number, counted: boolean): Topic | undefined {
  const from = Math.max(0, start - WINDOW_BEFORE);
  let window = text.slice(from, start);
  let cut = -1;
  for (let i = window.length - 1; i >= 0; i--) if (clauseEnd(window.charCodeAt(i))) { cut = i; break; }
  if (cut >= 0) window = window.slice(cut + 1);
  // A new clause after a comma ("Two gunmen died, and three others escaped") starts afresh.
  let joint = -1;
  CLAUSE_JOINT.lastIndex = 0;
  for (let m = CLAUSE_JOINT.exec(window); m; m = CLAUSE_JOINT.exec(window)) joint = m.index + m[0].length;
  if (joint >= 0) window = window.slice(joint);
  const words = window.match(WORD) ?? [];
  for (let i = words.length - 1; i >= Math.max(0, words.length - WORDS_BEFORE); i--) {
    const word = words[i].toLowerCase();
    if (word === 'lives') continue;  // "the lives of millions"
    const topic = eventTopic(word, i > 0 ? words[i - 1].toLowerCase() : '', counted, true);
    if (topic) return topic;
  }
  return undefined;
}

// Mobilising ("5,400 children were recruited") and losing ("lost 31,000 soldiers") speak of people only when
// the figure names them: "deployed staff to all 11", "lost one debate" are not troops or casualties.
function eventTopic(word: string, previous: string, counted: boolean, before: boolean): Topic | undefined {
  if (counted && MOBILISED.has(word)) return 'troops';
  if (counted && before && LOSS_VERBS.has(word)) return 'casualties';
  const topic = TOPIC_OF_WORD.get(word);
  if (topic === 'displacement') return topic;
  if (topic === 'casualties' && !(word === 'death' && previous === 'to')) return topic;  // not "sentenced to death"
  return undefined;
}

// "Exports fell 7.2%", "2.5% of economic output": a change in money flowing. Rates (unemployment, interest)
// are not amounts of money.
function isEconomic(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 100 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < 100 && !SENTENCE_END.test(text[to])) to++;
  ECONOMY.lastIndex = 0;
  return ECONOMY.test(text.slice(from, to));
}
