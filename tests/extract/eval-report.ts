// Prints precision/recall of graph-data/graph.json against the hand-checked expected relations,
// with the misses and spurious relations (run: npx tsx tests/extract/eval-report.ts).
import { readFileSync } from 'node:fs';
import { evaluateExtraction, loadExpected } from './evaluateExtraction.ts';
const graph = JSON.parse(readFileSync('graph-data/graph.json', 'utf8'));
const s = evaluateExtraction(graph, loadExpected('tests/fixtures/expected'));
const only = process.argv[2];
if (only !== 'summary') {
  console.log('MISSED');
  for (const m of s.missed) console.log(`  ${m.central ? '*' : ' '} ${m.doc.slice(0, 3)} ${m.type} ${m.source} -> ${m.target} | ${m.quote.slice(0, 110)}`);
  console.log('SPURIOUS');
  for (const m of s.spurious) console.log(`    ${m.doc.slice(0, 3)} ${m.type} ${m.source} -> ${m.target} | ${m.quote.slice(0, 110)}`);
}
console.log(`precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} central recall ${s.centralRecall.toFixed(3)} (tp ${s.truePositives}, extracted ${s.extracted}, expected ${s.expected})`);
