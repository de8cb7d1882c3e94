// The source mention: what the mentions stage produces for a noun phrase that names who says something.
import type { SourceKind } from '../types';

export type MentionForm = 'name' | 'pronoun' | 'title' | 'anonymous' | 'vague' | 'generic';

export interface Mention {
  /** Offsets of the whole noun phrase in the text. */
  s: number;
  e: number;
  kind: SourceKind;
  form: MentionForm;
  /** Canonical name before discourse resolution ("Zelensky", "the ministry", "he"). */
  name: string;
  /** Lower-case name tokens of a named mention, for matching later mentions ("Kim" -> "Kim Jong Un"). */
  nameTokens?: string[];
  /** Role nouns describing a person ("leader", "north korean leader"). */
  roles?: string[];
  /** Role head of a title mention ("the North Korean leader" -> "leader"). */
  role?: string;
  plural?: boolean;
  gender?: 'm' | 'f';
  /** The head noun is one no word list knows ("the economy"): a source only with an explicit complement. */
  unknownHead?: boolean;
  /** Alias given in parentheses: "Korean Central News Agency (KCNA)". */
  alias?: string;
  /** Source of a document: "a report by Human Rights Watch" -> Human Rights Watch. */
  by?: Mention;
  /** The document an author mention stands for, its words up to the author ("a report by X" -> "a report by "),
   *  so a later "the report" is theirs (Discourse.noteDocument). */
  documentWords?: string;
}
