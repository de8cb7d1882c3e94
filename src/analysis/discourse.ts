// The discourse state passed from sentence to sentence and block to block: who has been named, in
// which role, who spoke last, and whether a quotation was left open at the end of a block.
import type { SourceKind } from './types';
import type { Mention } from './mentions';

export interface Entity {
  name: string;
  kind: SourceKind;
  tokens: string[];
  roles: Set<string>;
  gender?: 'm' | 'f';
  plural?: boolean;
  /** Sentence number of the last mention, and of the last mention as a subject or source. */
  seen: number;
  subjectSeen: number;
}

/** What a quotation left open at a block's end carries into the next block. */
export interface OpenQuote { entity: Entity | null; sourceName: string; kind: SourceKind }

export interface Resolved { entity: Entity; distance: number }

const PERSON_WINDOW = 12;
/** How many of the most recently mentioned entities a search looks at. */
const RECENT = 80;
const OUTLET_HEADS = new Set(['agency', 'newspaper', 'paper', 'broadcaster', 'channel', 'network', 'outlet', 'daily', 'magazine', 'website', 'site', 'station', 'tabloid', 'publication']);
const ORG_WINDOW = 10;

export class Discourse {
  entities: Entity[] = [];
  private byAlias = new Map<string, Entity>();
  sentence = 0;
  block = 0;
  openQuote: OpenQuote | null = null;
  /** An attribution whose sentence ended with a colon at the end of its block ("He said:"): the next
   *  block's quotation is its content. Typed by the engine (attribution.ts's Attribution). */
  pendingColon: unknown = null;
  /** The last source credited with a claim, and the block it spoke in. */
  lastSpeaker: { entity: Entity; sentence: number; block: number } | null = null;

  /** Adds or updates the entity a named mention refers to, and returns it. */
  register(m: Mention, asSubject: boolean): Entity | null {
    if (m.form === 'pronoun' || m.form === 'title') return null;
    const key = m.name.toLowerCase();
    let ent = this.byAlias.get(key) ?? (m.alias ? this.byAlias.get(m.alias.toLowerCase()) : undefined);
    if (!ent && m.form === 'name' && m.kind === 'person' && m.nameTokens) ent = this.matchPerson(m.nameTokens);
    if (!ent) {
      ent = { name: m.name, kind: m.kind, tokens: m.nameTokens ?? [], roles: new Set(), seen: this.sentence, subjectSeen: -1, plural: m.plural };
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
    ent.seen = this.sentence;
    if (asSubject) ent.subjectSeen = this.sentence;
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
      if (tokens.length === 1 ? e.tokens.includes(tokens[0]) : tokens[tokens.length - 1] === e.tokens[e.tokens.length - 1] || (e.tokens.length === 1 && tokens.includes(e.tokens[0]))) {
        if (!best || e.seen > best.seen) best = e;
      }
    }
    return best;
  }

  lookup(name: string): Entity | undefined { return this.byAlias.get(name.toLowerCase()); }

  /** A known entity mentioned again. */
  touch(ent: Entity, asSubject: boolean): void {
    this.recent(ent);
    ent.seen = this.sentence;
    if (asSubject) ent.subjectSeen = this.sentence;
  }

  /** he/she -> a person; they -> a group or body; it -> a body, document or outlet. */
  resolvePronoun(p: string): Resolved | null {
    const lw = p.toLowerCase();
    let best: Entity | null = null;
    let bestScore = -Infinity;
    for (let i = this.entities.length - 1; i >= 0 && i >= this.entities.length - RECENT; i--) {
      const e = this.entities[i];
      const age = this.sentence - e.seen;
      if (lw === 'he' || lw === 'she') {
        if (e.kind !== 'person' || e.plural || age > PERSON_WINDOW) continue;
        if (e.gender && e.gender !== (lw === 'he' ? 'm' : 'f')) continue;
      } else if (lw === 'they') {
        if (age > ORG_WINDOW || !(e.plural || e.kind === 'organization' || e.kind === 'government' || e.kind === 'anonymous' || e.kind === 'vague' || e.kind === 'outlet')) continue;
      } else if (lw === 'it') {
        if (age > ORG_WINDOW || !(e.kind === 'organization' || e.kind === 'government' || e.kind === 'outlet' || e.kind === 'document') || e.plural) continue;
      } else return null;
      // Recent subjects and speakers are the likeliest antecedents.
      const subjectAge = e.subjectSeen >= 0 ? this.sentence - e.subjectSeen : 99;
      const speakerBonus = this.lastSpeaker?.entity === e ? 2 : 0;
      const score = -age - 0.5 * Math.min(subjectAge, 10) + speakerBonus;
      if (score > bestScore) { bestScore = score; best = e; }
    }
    if (!best) return null;
    if ((lw === 'he' || lw === 'she') && !best.gender) best.gender = lw === 'he' ? 'm' : 'f';
    return { entity: best, distance: this.sentence - best.seen };
  }

  /** "the North Korean leader" -> the last person described as a leader. */
  resolveTitle(role: string, description: string): Resolved | null {
    const desc = description.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
    let best: Entity | null = null;
    // Only the people of the last few dozen entities are candidates.
    for (let i = this.entities.length - 1; i >= 0 && i >= this.entities.length - RECENT; i--) {
      const e = this.entities[i];
      if (e.kind !== 'person' || this.sentence - e.seen > 40 || !e.roles.size) continue;
      let ok = false;
      for (const r of e.roles) if (r === role || r.endsWith(' ' + role) || r.includes(desc)) { ok = true; break; }
      if (ok && (!best || e.seen > best.seen)) best = e;
    }
    return best ? { entity: best, distance: this.sentence - best.seen } : null;
  }

  /** "the news agency" -> the last outlet; "the ministry" -> the last body whose name has "ministry". */
  resolveDescription(description: string): Resolved | null {
    const words = description.toLowerCase().split(/\s+/);
    const head = words[words.length - 1];
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
      this.recent(ent);
      ent.subjectSeen = this.sentence;
      ent.seen = this.sentence;
    }
  }
}
