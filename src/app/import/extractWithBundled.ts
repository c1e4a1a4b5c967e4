// Runs the extractor on the bundled articles plus the user's, with the bundled dictionary and
// patterns: the same pure extractCorpus as `npm run extract`. The user's actor additions are
// appended to the dictionary's text, so the extractor checks them like any entry. Never throws for
// bad input; an ExtractError comes back as a failure naming file, line and problem.

import { extractCorpus } from '../../extract/extractCorpus.ts';
import type { SourceFiles } from '../../extract/extractCorpus.ts';
import { ExtractError } from '../../extract/ExtractError.ts';
import type { ActorAddition } from './ActorAddition.ts';
import { bundledCorpus } from './bundledCorpus.ts';
import type { ExtractOutcome } from './ExtractOutcome.ts';
import { mergeActorsYaml } from './mergeActorsYaml.ts';

export function extractWithBundled(added: readonly SourceFiles[], actors: readonly ActorAddition[] = []): ExtractOutcome {
  const started = performance.now();
  try {
    const corpus = bundledCorpus();
    const dictionary = { name: corpus.actors.name, text: mergeActorsYaml(corpus.actors.text, actors) };
    const result = extractCorpus({ ...corpus, actors: dictionary, sources: [...corpus.sources, ...added] });
    return { ok: true, graph: result.graph, candidates: result.candidates, ms: performance.now() - started };
  } catch (error) {
    if (error instanceof ExtractError) {
      return { ok: false, error: { file: error.file, line: error.line, problem: error.problem, message: error.message } };
    }
    const problem = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { file: '(extractor)', line: null, problem, message: `extraction failed: ${problem}` } };
  }
}
