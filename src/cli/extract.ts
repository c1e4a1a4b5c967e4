// `npm run extract`: reads graph-data/ (actors.yaml, patterns.yaml, sources/*.txt with their
// *.meta.yaml), rebuilds graph-data/graph.json and lists unknown capitalised names. The only
// extraction code that touches the file system. On bad input it prints file:line: problem and
// exits 2 without writing; the output is written to a temporary file and renamed into place, so a
// crash never leaves a half-written graph.

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractCorpus, serializeGraphDocument } from '../extract/extractCorpus.ts';
import { readCorpusFiles } from './readCorpusFiles.ts';
import { writeFileAtomic } from './graph/writeFileAtomic.ts';
import { ExtractError } from '../extract/ExtractError.ts';

const HELP = `Usage: npm run extract -- [options]

Rebuilds the graph document from the articles in <data>/sources.

Options:
  --data DIR         data folder (default: graph-data) holding actors.yaml, patterns.yaml, sources/
  --out FILE         where to write the graph (default: <data>/graph.json)
  --check            write nothing; exit 1 if the existing output differs from a fresh extraction
  --candidates N     how many unknown names to list (default 25; 0 for none)
  --json             print statistics and candidates as JSON
  -h, --help         this text

Adding an article: put NAME.txt and NAME.meta.yaml (title, date, optional outlet,
date_estimated, original_file, story_ends_after) in <data>/sources/, then run npm run extract.`;

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string', default: 'graph-data' },
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
      candidates: { type: 'string', default: '25' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const dataDir = values.data!;
  const out = values.out ?? join(dataDir, 'graph.json');
  const shown = Number(values.candidates);
  if (!Number.isInteger(shown) || shown < 0) throw new ExtractError('--candidates', null, `expected a whole number, got ${values.candidates}`);
  const started = performance.now();
  const result = extractCorpus(readCorpusFiles(dataDir));
  const json = serializeGraphDocument(result.graph);
  const ms = performance.now() - started;

  if (values.check) {
    const current = existsSync(out) ? readFileSync(out, 'utf8') : null;
    if (current !== json) {
      console.error(`${out} is stale: run npm run extract and commit the result`);
      return 1;
    }
    console.log(`${out} is up to date`);
    return 0;
  }
  writeFileAtomic(out, json);
  const { stats } = result;
  if (values.json) {
    console.log(JSON.stringify({ out, stats, candidates: result.candidates.slice(0, shown) }, null, 2));
    return 0;
  }
  console.log(`Wrote ${out}: ${stats.documents} articles, ${stats.sentences} sentences, ${result.graph.actors.length} actors, ${stats.relations} relations (${ms.toFixed(0)} ms)`);
  const cands = result.candidates.slice(0, shown);
  if (cands.length) {
    console.log(`\nUnknown names (${result.candidates.length}; add real actors to ${join(dataDir, 'actors.yaml')}):`);
    for (const c of cands) {
      console.log(`  ${c.name}  ×${c.count}`);
      const ex = c.examples[0]!;
      console.log(`      [${ex.doc}] ${ex.sentence.length > 160 ? `${ex.sentence.slice(0, 157)}…` : ex.sentence}`);
    }
    if (result.candidates.length > cands.length) console.log(`  … and ${result.candidates.length - cands.length} more (--candidates N)`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (err instanceof ExtractError) {
    console.error(`error: ${err.message}`);
    console.error('Nothing was written.');
    process.exitCode = 2;
  } else if (err instanceof Error && 'code' in err && String((err as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`error: ${err.message}\n\n${HELP}`);
    process.exitCode = 2;
  } else {
    throw err;
  }
}
