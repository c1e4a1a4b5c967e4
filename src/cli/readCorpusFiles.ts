// Reads the extractor's inputs from a data folder: actors.yaml, patterns.yaml and every
// sources/NAME.txt with its NAME.meta.yaml. Bytes are passed on undecoded so that the pure pipeline
// can report invalid UTF-8 or binary content with the line it is on.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import type { CorpusInput, SourceFiles } from '../extract/extractCorpus.ts';
import { ExtractError } from '../extract/ExtractError.ts';

export function readCorpusFiles(dataDir: string): CorpusInput {
  const readText = (file: string): string => {
    try {
      return readFileSync(file, 'utf8');
    } catch (err) {
      throw new ExtractError(file, null, `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  };
  const actorsFile = join(dataDir, 'actors.yaml');
  const patternsFile = join(dataDir, 'patterns.yaml');
  const sourcesDir = join(dataDir, 'sources');
  if (!existsSync(sourcesDir)) throw new ExtractError(sourcesDir, null, 'no sources folder');
  const names = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt')).sort();
  if (names.length === 0) throw new ExtractError(sourcesDir, null, 'no .txt articles found');
  const sources = names.map((name): SourceFiles => {
    const id = basename(name, '.txt');
    const metaFile = join(sourcesDir, `${id}.meta.yaml`);
    return {
      id,
      textFile: join(sourcesDir, name),
      bytes: new Uint8Array(readFileSync(join(sourcesDir, name))),
      metaFile,
      metaText: existsSync(metaFile) ? readText(metaFile) : null,
    };
  });
  return { actors: { name: actorsFile, text: readText(actorsFile) }, patterns: { name: patternsFile, text: readText(patternsFile) }, sources };
}

