// Topics: what a figure counts, and what a quote or statement is about (design.md "topic").
import type { Topic } from './types';
import { countedNoun, isModelPlural } from './counted-noun';
import { PERSON_NOUNS, TOPIC_OF_WORD, TOPIC_PRIORITY, WEAK_TOPIC_WORDS } from './topic-words';

const CURRENCY_IN_FIGURE = /[$£€¥₹₽₴₪]|\b(?:USD|EUR|GBP|INR|Rs|AUD|CAD|HKD|NZD|CNY|JPY|RUB|UAH|dollars?|euros?|sterling|yuan|yen|rubles?|roubles?|hryvnias?|rupees|shekels)\b/i;
const WORD = /[A-Za-z]+(?:['’-][A-Za-z]+)*/g;
// All topic words in one alternation: one regex pass over a statement, far cheaper than a lookup per word.
const TOPIC_WORD = new RegExp(`(?<![A-Za-z])(?:${[...TOPIC_OF_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z])`, 'gi');
const WORD_AFTER = /[ \t\u00a0,]{1,4}([A-Za-z]+(?:['’-][A-Za-z]+)*)/y;
// "$1.2 billion in aid", "2 million worth of equipment": money named after the figure by a preposition.
const MONEY_AFTER = /^[ \u00a0]+(?:in|of|worth\s+of)\s+(?:[a-z]+\s+)?(aid|funding|loans?|assistance|investments?|revenues?|spending|damages|debts?|grants?|subsidies|cash|compensation|financing|bonds|budget|donations|contracts?|sales|profits?|losses|deals?)\b/;
const CAPITALISED = /^[A-Z]/;
const PERCENT = /%|per ?cent|percentage/i;
const CLAUSE_END = /[.;!?:()\[\]"“”]/;
const WORDS_AFTER = 6;
const STRONG = 2;
const WORDS_BEFORE = 8;
const WINDOW_BEFORE = 80;

/**
 * The topic of the figure at [start,end) of `text`: its counted noun first ("10,000 troops"), then what
 * happened to the people it counts ("42 people were killed", "3,000 residents fled"), then a verb just
 * before it ("killing at least 42", "the death toll rose to 42").
 */
export function topicForFigure(text: string, start: number, end: number): Topic {
  if (typeof text !== 'string' || !(start >= 0) || !(end >= start) || end > text.length) return 'other';
  if (CURRENCY_IN_FIGURE.test(text.slice(start, end))) return 'money';
  const noun = countedNoun(text, end);
  const nounTopic = noun ? (isModelPlural(noun.text) ? 'weapons' : TOPIC_OF_WORD.get(noun.text.toLowerCase())) : undefined;
  if (nounTopic === 'money' || nounTopic === 'weapons' || nounTopic === 'casualties' || nounTopic === 'displacement') {
    return nounTopic;
  }
  if (!noun && MONEY_AFTER.test(text.slice(end, end + 60))) return 'money';
  // Past here the noun is a person (or a troop) or missing: what happened to them decides.
  const isPerson = !noun || nounTopic === 'troops' || PERSON_NOUNS.has(noun.text.toLowerCase())
    || CAPITALISED.test(noun.text);
  if (isPerson) {
    // A share ("71%") is rarely a casualty count itself: only what follows it decides.
    const event = eventAfter(text, noun ? noun.end : end) ?? (PERCENT.test(text.slice(start, end)) ? undefined : eventBefore(text, start));
    if (event) return event;
  }
  return nounTopic ?? 'other';
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

// What happened to the counted people, in the words after them: "were killed", "have fled", "died".
function eventAfter(text: string, pos: number): 'casualties' | 'displacement' | undefined {
  for (let i = 0; i < WORDS_AFTER; i++) {
    WORD_AFTER.lastIndex = pos;
    const m = WORD_AFTER.exec(text);
    if (!m) return undefined;
    pos = WORD_AFTER.lastIndex;
    const topic = TOPIC_OF_WORD.get(m[1].toLowerCase());
    if (topic === 'casualties' || topic === 'displacement') return topic;
    if (topic) return undefined;
  }
  return undefined;
}

// A casualty or displacement word shortly before the figure in the same clause: "killing at least 42".
function eventBefore(text: string, start: number): 'casualties' | 'displacement' | undefined {
  const from = Math.max(0, start - WINDOW_BEFORE);
  let window = text.slice(from, start);
  let cut = -1;
  for (let i = window.length - 1; i >= 0; i--) if (CLAUSE_END.test(window[i])) { cut = i; break; }
  if (cut >= 0) window = window.slice(cut + 1);
  const words = window.match(WORD) ?? [];
  for (let i = words.length - 1; i >= Math.max(0, words.length - WORDS_BEFORE); i--) {
    const word = words[i].toLowerCase();
    const topic = TOPIC_OF_WORD.get(word);
    if ((topic === 'casualties' && word !== 'lives') || topic === 'displacement') return topic;  // "the lives of millions"
  }
  return undefined;
}
