// The discourse state passed from sentence to sentence and block to block: who has been named, in
// which role, who spoke last, and whether a quotation was left open at the end of a block.
import type { SourceKind } from './types';
import type { Mention } from './mentions';
import { corefTrace, pronounClass, rankCandidates, rankForRole, type CorefContext } from './coreference';
import { genderOfWord } from './gender';
import { wordSet } from './lexicon/load';

export interface Entity {
  name: string;
  kind: SourceKind;
  tokens: string[];
  roles: Set<string>;
  /** Gender as the text states it (Mr., Ms.); see gender.ts for role nouns and first names. */
  gender?: 'm' | 'f';
  /** Gender implied by an earlier he/she resolved to this entity: only as sure as that choice. */
  pronounGender?: 'm' | 'f';
  plural?: boolean;
  /** Sentence number of the last mention, and of the last mention as a subject or source. */
  seen: number;
  subjectSeen: number;
  /** Block (paragraph) of the last mention, and how often the entity has been mentioned. */
  block: number;
  mentions: number;
  /** Only ever seen as a lone capitalised word opening a sentence: perhaps no name at all. */
  initialOnly: boolean;
  /** How often the entity has been credited with a claim. */
  spoke: number;
  /** Where its first mention in sentence `seen` starts (-1: not known), and what was known of it before
   *  that sentence: a pronoun earlier in the same sentence sees the entity as it was then (names of a
   *  sentence are registered before its pronouns are resolved, so "Gray, who ..., said: '...,' he said"
   *  finds Gray, and '"...," he said of Trump' does not take Trump for "he"). */
  firstAt: number;
  before: EntityView | null;
  /** The last mention stands inside a quotation: someone spoke of the entity ('"Trump is wrong," he said'). */
  quoted: boolean;
  /** The block of the first mention (a name in the headline or lead is what the article is about), and how
   *  often the entity was a sentence's subject. */
  firstBlock: number;
  subjects: number;
}

/** The recency facts of an entity as a pronoun at some point of the text sees them. */
export interface EntityView { seen: number; subjectSeen: number; block: number; quoted: boolean }

/** What a quotation left open at a block's end carries into the next block. */
export interface OpenQuote { entity: Entity | null; sourceName: string; kind: SourceKind }

export interface Resolved {
  entity: Entity;
  distance: number;
  /** For a pronoun: the probability of this choice among the candidates, and the others, likeliest first. */
  p?: number;
  others?: Array<{ entity: Entity; p: number }>;
}

/** How many of the most recently mentioned entities a search looks at. */
const RECENT = 80;
/** "the agency", "the newspaper": an outlet named before. */
const OUTLET_HEADS = wordSet('names', 'outletHeads');

/** One name is the other's last words ("Johnson" of "Gary Johnson"): "Jeh Johnson" is not "Gary Johnson". */
function sameTail(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w, i) => long[long.length - short.length + i] === w);
}

function lastWord(phrase: string): string {
  const words = phrase.toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** A document's head noun from its words up to its author: the word before "by", "from" or "of" ("A report by "). */
function documentHead(wordsToAuthor: string): string {
  const words = wordsToAuthor.toLowerCase().trim().split(/\s+/);
  return words[words.length - 2] ?? '';
}

export class Discourse {
  entities: Entity[] = [];
  private byAlias = new Map<string, Entity>();
  sentence = 0;
  block = 0;
  openQuote: OpenQuote | null = null;
  /** An attribution whose sentence ended with a colon at the end of its block ("He said:"): the next
   *  block's quotation is its content. Typed by the engine (attribution.ts's Attribution). */
  pendingColon: unknown = null;
  /** The first subject of the latest block that had one (its topic), and that of the block before it. */
  private topic: { entity: Entity; block: number } | null = null;
  private prevTopic: { entity: Entity; block: number } | null = null;
  /** The last source credited with a claim, and the block it spoke in. */
  lastSpeaker: { entity: Entity; sentence: number; block: number } | null = null;
  /** Who wrote the document last named with this head noun ("a report by Human Rights Watch": report -> HRW). */
  private documentOwners = new Map<string, { entity: Entity; sentence: number }>();

  /** Adds or updates the entity a named mention refers to, and returns it. */
  register(m: Mention, asSubject: boolean, initialOnly = false, quoted = false): Entity | null {
    if (m.form === 'pronoun' || m.form === 'title') return null;
    const key = m.name.toLowerCase();
    let ent = this.byAlias.get(key) ?? (m.alias ? this.byAlias.get(m.alias.toLowerCase()) : undefined);
    if (!ent && m.form === 'name' && m.kind === 'person' && m.nameTokens) ent = this.matchPerson(m.nameTokens);
    if (!ent && m.form === 'name' && m.kind !== 'person') ent = this.matchBody(m.name, m.kind);
    if (!ent) {
      ent = { name: m.name, kind: m.kind, tokens: m.nameTokens ?? [], roles: new Set(), seen: this.sentence, subjectSeen: -1, plural: m.plural, block: this.block, mentions: 0, initialOnly, spoke: 0, firstAt: m.s, before: null, quoted, firstBlock: this.block, subjects: 0 };
      this.entities.push(ent);
      if (this.entities.length > 240) this.entities.splice(0, 80);
    } else {
      this.recent(ent);
      if (m.form === 'name' && m.kind === 'person' && m.nameTokens && m.nameTokens.length > ent.tokens.length) {
        // A fuller form of a known name: "Zelensky" then "Volodymyr Zelensky".
        ent.name = m.name;
        ent.tokens = m.nameTokens;
      }
    }
    this.byAlias.set(key, ent);
    if (m.alias) this.byAlias.set(m.alias.toLowerCase(), ent);
    // "Kim" later finds "Kim Jong Un" without a search.
    if (ent.kind === 'person' && ent.tokens.length > 1) {
      const surname = ent.tokens[ent.tokens.length - 1];
      const first = ent.tokens[0];
      if (!this.byAlias.has(surname)) this.byAlias.set(surname, ent);
      if (!this.byAlias.has(first)) this.byAlias.set(first, ent);
    }
    if (m.roles) for (const r of m.roles) ent.roles.add(r);
    if (m.gender && !ent.gender) ent.gender = m.gender;
    if (!initialOnly) ent.initialOnly = false;
    this.mark(ent, asSubject, m.s, quoted);
    return ent;
  }

  /** Keeps the entities in order of last mention, so searches can stop after the most recent ones. */
  private recent(ent: Entity): void {
    const n = this.entities.length;
    if (this.entities[n - 1] === ent) return;
    const i = this.entities.lastIndexOf(ent);
    if (i >= 0 && i < n - 1) { this.entities.splice(i, 1); this.entities.push(ent); }
  }

  /** A person whose name shares its last token, or any token, with this one ("Kim" -> "Kim Jong Un"). */
  private matchPerson(tokens: string[]): Entity | undefined {
    let best: Entity | undefined;
    for (let i = this.entities.length - 1; i >= 0 && i >= this.entities.length - RECENT; i--) {
      const e = this.entities[i];
      if (e.kind !== 'person' || !e.tokens.length) continue;
      if (tokens.length === 1 ? e.tokens.includes(tokens[0]) : sameTail(tokens, e.tokens) || (e.tokens.length === 1 && tokens.includes(e.tokens[0]))) {
        if (!best || e.seen > best.seen) best = e;
      }
    }
    return best;
  }

  /**
   * "the Health Ministry" after "the Ukrainian Health Ministry": the one body of that kind named before whose name
   * holds every word of this one and ends with the same word. With two ("the Russian Defense Ministry", "the
   * Ukrainian Defense Ministry"), "the Defense Ministry" is neither: it stays a name of its own.
   */
  private matchBody(name: string, kind: Entity['kind']): Entity | undefined {
    const words = name.toLowerCase().split(/\s+/);
    if (words.length < 2) return undefined;
    let found: Entity | undefined;
    for (let i = this.entities.length - 1; i >= 0 && i >= this.entities.length - RECENT; i--) {
      const e = this.entities[i];
      if (e.kind !== kind) continue;
      const theirs = e.name.toLowerCase().split(/\s+/);
      if (theirs.length <= words.length || theirs[theirs.length - 1] !== words[words.length - 1]) continue;
      if (!words.every((w) => theirs.includes(w))) continue;
      if (found && found !== e) return undefined;
      found = e;
    }
    return found;
  }

  lookup(name: string): Entity | undefined { return this.byAlias.get(name.toLowerCase()); }

  /** Notes a document's author (its words up to the author: "A report by "), so "the report" later is theirs. */
  noteDocument(wordsToAuthor: string, author: Entity | null): void {
    const head = documentHead(wordsToAuthor);
    if (author && head) this.documentOwners.set(head, { entity: author, sentence: this.sentence });
  }

  /** "the report" after "a report by Human Rights Watch": its author, within 30 sentences. */
  documentOwner(description: string): Resolved | null {
    const owner = this.documentOwners.get(lastWord(description));
    if (!owner || this.sentence - owner.sentence > 30) return null;
    return { entity: owner.entity, distance: this.sentence - owner.entity.seen };
  }

  /** A known entity mentioned again (at offset `at`, when known). */
  touch(ent: Entity, asSubject: boolean, at = -1, quoted = false): void {
    this.recent(ent);
    this.mark(ent, asSubject, at, quoted);
  }

  private mark(ent: Entity, asSubject: boolean, at = -1, quoted = false): void {
    if (ent.seen !== this.sentence) {
      ent.before = { seen: ent.seen, subjectSeen: ent.subjectSeen, block: ent.block, quoted: ent.quoted };
      ent.firstAt = at;
    } else if (at >= 0 && at < ent.firstAt) ent.firstAt = at;
    if (ent.seen !== this.sentence || ent.mentions === 0) ent.mentions++;
    ent.seen = this.sentence;
    ent.block = this.block;
    ent.quoted = quoted;
    if (asSubject) {
      if (ent.subjectSeen !== this.sentence) ent.subjects++;
      ent.subjectSeen = this.sentence;
      if (this.topic?.block !== this.block) { this.prevTopic = this.topic; this.topic = { entity: ent, block: this.block }; }
    }
  }

  /** The topic of the pronoun's block (so far) and of the block before it. */
  private topics(): { topic: Entity | null; prevTopic: Entity | null } {
    const t = this.topic;
    if (t?.block === this.block) return { topic: t.entity, prevTopic: this.prevTopic?.block === this.block - 1 ? this.prevTopic.entity : null };
    return { topic: null, prevTopic: t?.block === this.block - 1 ? t.entity : null };
  }

  /** he/she -> a person; they -> a group or body; it -> a body, document or outlet (coreference.ts ranks them). */
  resolvePronoun(p: string, at = -1): Resolved | null {
    const pc = pronounClass(p);
    if (!pc) return null;
    const ranked = rankCandidates(pc, this.entities, this.corefContext(at));
    corefTrace.sink?.(at, p, ranked);
    if (!ranked.length) return null;
    const best = ranked[0].entity;
    if ((pc === 'he' || pc === 'she') && !best.pronounGender) best.pronounGender = pc === 'he' ? 'm' : 'f';
    return { entity: best, distance: this.sentence - best.seen, p: ranked[0].p, others: ranked.slice(1, 3).map((c) => ({ entity: c.entity, p: c.p })) };
  }

  private corefContext(at: number): CorefContext {
    return { sentence: this.sentence, block: this.block, at, ...this.topics(), lastSpeaker: this.lastSpeaker?.entity ?? null, lastSpeakerBlock: this.lastSpeaker?.block ?? -1, openQuoteSpeaker: this.openQuote?.entity ?? null };
  }

  /** "the North Korean leader" -> a person the text called a leader, ranked like a pronoun (coreference.ts). */
  resolveTitle(role: string, description: string, at = -1): Resolved | null {
    const desc = description.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
    const fits = (e: Entity) => {
      for (const r of e.roles) if (r === role || r.endsWith(' ' + role) || r.includes(desc)) return true;
      return false;
    };
    const ranked = rankForRole(this.entities, this.corefContext(at), fits, genderOfWord(role));
    if (!ranked.length) return null;
    const best = ranked[0].entity;
    return { entity: best, distance: this.sentence - best.seen, p: ranked[0].p, others: ranked.slice(1, 3).map((c) => ({ entity: c.entity, p: c.p })) };
  }

  /** "the news agency" -> the last outlet; "the ministry" -> the last body whose name has "ministry". */
  resolveDescription(description: string): Resolved | null {
    const head = lastWord(description);
    const outletHead = OUTLET_HEADS.has(head);
    for (let i = this.entities.length - 1; i >= 0 && i >= this.entities.length - RECENT; i--) {
      const e = this.entities[i];
      if (this.sentence - e.seen > 30 || e.kind === 'person' || e.kind === 'anonymous' || e.kind === 'vague') continue;
      if (e.name.toLowerCase() === description.toLowerCase()) continue;
      if ((outletHead && e.kind === 'outlet') || e.tokens.includes(head) || e.name.toLowerCase().split(/\s+/).includes(head)) {
        return { entity: e, distance: this.sentence - e.seen };
      }
    }
    return null;
  }

  noteSpeaker(ent: Entity | null): void {
    if (ent) {
      this.lastSpeaker = { entity: ent, sentence: this.sentence, block: this.block };
      ent.spoke++;
      this.recent(ent);
      this.mark(ent, true);
    }
  }
}
