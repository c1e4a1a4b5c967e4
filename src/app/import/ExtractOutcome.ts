// What an extraction in the browser hands back: the new graph with the unknown names, or the
// extractor's error split into its parts. Plain data, so it crosses a worker boundary as is.

import type { GraphDocument } from '../../core/index.ts';
import type { Candidate } from '../../extract/findCandidates.ts';

export interface ExtractFailure {
  readonly file: string;
  readonly line: number | null;
  readonly problem: string;
  /** "file:line: problem", as the CLI prints it. */
  readonly message: string;
}

export type ExtractOutcome =
  | { readonly ok: true; readonly graph: GraphDocument; readonly candidates: readonly Candidate[]; readonly ms: number }
  | { readonly ok: false; readonly error: ExtractFailure };
