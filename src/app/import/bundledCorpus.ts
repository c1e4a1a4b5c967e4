// The bundled extractor inputs (graph-data/actors.yaml, patterns.yaml, sources/*) as raw text.
// Imported only by the extraction worker (and its in-page fallback), so none of this is in the
// first page load; inside the worker the globs are eager: it runs once per extraction.

import type { CorpusInput, SourceFiles } from '../../extract/extractCorpus.ts';
import actorsText from '../../../graph-data/actors.yaml?raw';
import patternsText from '../../../graph-data/patterns.yaml?raw';

const texts = import.meta.glob<string>('../../../graph-data/sources/*.txt', { query: '?raw', import: 'default', eager: true });
const metas = import.meta.glob<string>('../../../graph-data/sources/*.meta.yaml', { query: '?raw', import: 'default', eager: true });

const fileName = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

export function bundledCorpus(): CorpusInput {
  const encoder = new TextEncoder();
  const sources = Object.keys(texts)
    .sort()
    .map((p): SourceFiles => {
      const name = fileName(p);
      const id = name.replace(/\.txt$/, '');
      const metaPath = p.replace(/\.txt$/, '.meta.yaml');
      return {
        id,
        textFile: `graph-data/sources/${name}`,
        bytes: encoder.encode(texts[p]!),
        metaFile: `graph-data/sources/${id}.meta.yaml`,
        metaText: metas[metaPath] ?? null,
      };
    });
  return {
    actors: { name: 'graph-data/actors.yaml', text: actorsText },
    patterns: { name: 'graph-data/patterns.yaml', text: patternsText },
    sources,
  };
}
