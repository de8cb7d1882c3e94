// What the attribution stage produces for each cue, and what its cue readers pass around.
import type { ClaimSource } from '../types';
import type { Token } from '../tokens';
import type { Cue } from '../cues';
import type { Discourse, Entity } from '../discourse';
import type { Resolution } from '../resolve';
import type { Mention } from '../mentions';

export type Position = 'before' | 'after' | 'inverted' | 'context';
export type { Resolution };

export interface Attribution {
  cue: Cue;
  mention: Mention | null;
  entity: Entity | null;
  source: ClaimSource | null;
  /** Content ranges in the text (two for a split quotation). */
  content: Array<[number, number]>;
  /** Where the source stands: before its content, after it (post-posed), inverted after the cue. */
  position: Position;
  resolution: Resolution;
  resolveDistance: number;
  /** How likely the resolved entity is the one meant (1 for a name), and the next likeliest. */
  resolveP: number;
  others: Array<{ entity: Entity; p: number }>;
  /** Offset where a clause that may be the writer's own voice starts (", but now ..."), or -1. */
  ambiguousAt: number;
  /** The subject was found past an appositive or a participle. */
  indirect: boolean;
}

/** One sentence [ss, se) being attributed: its tokens, the discourse and the attributions found so far. */
export interface SentenceCtx {
  text: string;
  toks: Token[];
  ss: number;
  se: number;
  n: number;
  disc: Discourse;
  cues: Cue[];
  out: Attribution[];
  /** Token ranges that describe a source ("released by the ministry"): no cue of their own. */
  sourcePhrases: Array<[number, number]>;
}

/** What a cue reader found: the source mention (if any), where it stands and the content it reports. */
export interface Reading {
  m: Mention | null;
  position: Position;
  content: Array<[number, number]>;
  indirect: boolean;
  via?: ClaimSource['via'];
}

export function reading(m: Mention | null, content: Array<[number, number]>, position: Position = 'before', indirect = false): Reading {
  return { m, position, content, indirect };
}
