// `npm run bench:extract`: builds a synthetic corpus of at least 10 MB from the actor dictionary and
// the relation lexicon's own vocabulary (sentences of the bundled articles with their actor names
// swapped for random dictionary names), runs the extraction pipeline on one core and prints
// sentences/s and MB/s. A benchmark, not a test: figures vary with machine load.

import { readCorpusFiles } from '../src/cli/readCorpusFiles.ts';
import { extractCorpus, type SourceFiles } from '../src/extract/extractCorpus.ts';
import { loadActorDictionary } from '../src/extract/loadActorDictionary.ts';
import { segmentSentences } from '../src/extract/segmentSentences.ts';

const targetMb = Number(process.env['BENCH_MB'] ?? 10);
const input = readCorpusFiles('graph-data');
const dict = loadActorDictionary(input.actors.text, input.actors.name);
const names = dict.forms.filter((f) => f.kind === 'name').map((f) => f.text);

// Seeded generator so runs are comparable.
let seed = 42;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const sentences = input.sources.flatMap((s) => segmentSentences(new TextDecoder().decode(s.bytes)).map((x) => x.text)).filter((t) => t.length > 40);
const nameRegex = new RegExp(names.sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
const parts: string[] = [];
let size = 0;
while (size < targetMb * 1024 * 1024) {
  const paragraph: string[] = [];
  for (let i = 0; i < 6; i++) paragraph.push(pick(sentences).replace(nameRegex, () => pick(names)));
  const p = `${paragraph.join(' ')}\n\n`;
  parts.push(p);
  size += p.length;
}
const text = parts.join('');
const docs = 10;
const chunk = Math.ceil(text.length / docs);
const sources: SourceFiles[] = Array.from({ length: docs }, (_, i) => ({
  id: `synthetic-${i}`,
  textFile: `synthetic-${i}.txt`,
  bytes: new TextEncoder().encode(text.slice(i * chunk, (i + 1) * chunk)),
  metaFile: `synthetic-${i}.meta.yaml`,
  metaText: 'title: Synthetic\ndate: 2025-11-10\n',
}));
const mb = text.length / (1024 * 1024);

// Warm-up on the real corpus, then time the synthetic one (best of 3).
extractCorpus(input);
const times: number[] = [];
let result = extractCorpus({ ...input, sources });
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  result = extractCorpus({ ...input, sources });
  times.push((performance.now() - t0) / 1000);
}
const best = Math.min(...times);
console.log(`synthetic corpus: ${mb.toFixed(1)} MB in ${docs} documents, ${result.stats.sentences} sentences, ${result.stats.mentions} mentions, ${result.stats.relations} relations`);
console.log(`extraction time: best ${best.toFixed(2)} s of ${times.map((t) => t.toFixed(2)).join(', ')} s`);
console.log(`throughput: ${(result.stats.sentences / best).toFixed(0)} sentences/s, ${(mb / best).toFixed(2)} MB/s (target ≥ 5 MB/s on one core)`);
