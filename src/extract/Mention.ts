// A place in an article's text that names or refers to one or more actors.

export type MentionKind = 'name' | 'demonym' | 'reference' | 'pronoun' | 'role' | 'group' | 'pair';

export interface Mention {
  /** Offsets into the document text. */
  start: number;
  end: number;
  readonly kind: MentionKind;
  readonly surface: string;
  /** Resolved actor ids: one for most kinds, the two parties for a group ("both sides"), none if unresolved. */
  actors: string[];
  /** Followed by 's / ’s. */
  possessive: boolean;
  /** Candidate actor ids before resolution (roles and references). */
  readonly candidates: readonly string[];
  /** Named only as the source of a report ("according to Dawn"): never an argument of a relation. */
  attribution: boolean;
  /** Inside quotation marks: speech content, not the narrator's claim. */
  inQuote: boolean;
  /** Folded into a neighbouring mention ("Pakistan's" in "Pakistan's Defence Minister Khawaja Asif"). */
  absorbed: boolean;
  readonly sentence: number;
}

export function isArgument(m: Mention): boolean {
  return !m.absorbed && !m.attribution && !m.inQuote && m.actors.length > 0;
}
