// Resolution: a source mention -> the entity it refers to, through the discourse. A name is registered
// (or found again); a pronoun, and a role noun ("the minister") among the people given that role, is ranked
// among the entities in play (coreference.ts); a description of a body ("the news agency") is the last body
// that fits. The result keeps how sure the choice is and the runners-up, and the ClaimSource says what the
// text actually wrote.
import type { ClaimSource } from './types';
import type { Discourse, Entity } from './discourse';
import type { Mention } from './mentions';
import { CLOSE_RUNNER_UP } from './coreference';

export type Resolution = 'name' | 'pronoun' | 'title' | 'unresolved' | 'none';

export interface ResolvedMention {
  ent: Entity | null;
  res: Resolution;
  dist: number;
  /** Probability that `ent` is the one meant: 1 for a name, the ranker's for a pronoun, 0 when unresolved. */
  p: number;
  others: Array<{ entity: Entity; p: number }>;
}

const named = (ent: Entity | null): ResolvedMention => ({ ent, res: 'name', dist: 0, p: 1, others: [] });

/** Resolves a mention against the discourse; registers named ones. */
export function resolveMention(m: Mention, disc: Discourse, asSubject: boolean): ResolvedMention {
  if (m.form === 'pronoun') {
    if (m.kind === 'author') return { ent: null, res: 'pronoun', dist: 0, p: 1, others: [] };
    const r = disc.resolvePronoun(m.name, m.s);
    return r ? { ent: r.entity, res: 'pronoun', dist: r.distance, p: r.p ?? 1, others: r.others ?? [] } : { ent: null, res: 'unresolved', dist: 0, p: 0, others: [] };
  }
  if (m.form === 'title') {
    const r = disc.resolveTitle(m.role ?? '', m.name, m.s);
    if (r) { disc.touch(r.entity, asSubject, m.s); return { ent: r.entity, res: 'title', dist: r.distance, p: r.p ?? 1, others: r.others ?? [] }; }
    return { ...named(disc.register({ ...m, form: 'generic' }, asSubject)), res: 'unresolved', p: 1 };
  }
  if ((m.form === 'generic' || m.form === 'vague') && /^the\s/i.test(m.name)) {
    // "the report" after "a report by Human Rights Watch": that report, so its author speaks. "the news agency",
    // "the ministry": the last body named with that word, or the last outlet.
    const r = (!m.by && !m.plural ? disc.documentOwner(m.name) : null) ?? (m.form === 'generic' ? disc.resolveDescription(m.name) : null);
    if (r) { disc.touch(r.entity, asSubject, m.s); return { ent: r.entity, res: 'title', dist: r.distance, p: 1, others: [] }; }
  }
  return named(disc.register(m, asSubject));
}

/** The source a claim shows: the resolved entity's name, the words the text used, and close runners-up. */
export function sourceFrom(m: Mention, r: ResolvedMention | null, text: string): ClaimSource {
  const spanText = text.slice(m.s, m.e);
  const mention = { start: m.s, end: m.e, text: spanText };
  if (m.kind === 'author') return { name: 'the author', kind: 'author', mention };
  const ent = r?.ent ?? null;
  const source: ClaimSource = { name: ent ? ent.name : m.name, kind: ent ? ent.kind : m.kind, mention };
  if (ent && r && (r.res === 'pronoun' || r.res === 'title')) {
    source.resolvedFrom = spanText;
    const close = r.others.filter((o) => o.p >= CLOSE_RUNNER_UP && o.entity.name !== ent.name);
    if (close.length) source.alternatives = close.map((o) => ({ name: o.entity.name, kind: o.entity.kind }));
  }
  return source;
}
