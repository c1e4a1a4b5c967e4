// What the page posts to the extraction worker: the user's articles and actor additions.

import type { SourceFiles } from '../../extract/extractCorpus.ts';
import type { ActorAddition } from './ActorAddition.ts';

export interface ExtractRequest {
  readonly sources: readonly SourceFiles[];
  readonly actors: readonly ActorAddition[];
}
