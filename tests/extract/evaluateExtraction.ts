// Scores an extracted graph against the hand-checked expected relations in tests/fixtures/expected:
// a relation counts as found when the same (type, source, target) is extracted with evidence from the
// sentence holding the expected quote. Undirected types compare their ends unordered.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { GraphDocument } from '../../src/core/model/graphDocument.ts';
import { RELATION_TYPE_INFO, type RelationType } from '../../src/core/model/relationTypes.ts';

export interface ExpectedRelation {
  readonly doc: string;
  readonly type: RelationType;
  readonly source: string;
  readonly target: string;
  readonly central: boolean;
  readonly quote: string;
}

export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly centralRecall: number;
  readonly truePositives: number;
  readonly extracted: number;
  readonly expected: number;
  readonly missed: readonly ExpectedRelation[];
  readonly spurious: readonly { doc: string; type: string; source: string; target: string; quote: string }[];
  readonly perDoc: Readonly<Record<string, { precision: number; recall: number }>>;
}

export function loadExpected(dir: string): ExpectedRelation[] {
  const out: ExpectedRelation[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml')).sort()) {
    const y = parse(readFileSync(join(dir, f), 'utf8')) as { doc: string; relations: Omit<ExpectedRelation, 'doc'>[] };
    for (const r of y.relations) out.push({ ...r, doc: y.doc, central: Boolean(r.central) });
  }
  return out;
}

const key = (doc: string, sentenceStart: number, type: string, source: string, target: string): string => {
  const directed = RELATION_TYPE_INFO[type as RelationType]?.directed ?? true;
  const [a, b] = directed ? [source, target] : [source, target].sort();
  return `${doc}|${sentenceStart}|${type}|${a}|${b}`;
};

export function evaluateExtraction(graph: GraphDocument, expected: readonly ExpectedRelation[]): Score {
  // Sentences are identified by the evidence spans the extractor produced for each document.
  const extracted = new Map<string, { doc: string; type: string; source: string; target: string; quote: string }>();
  const spans = new Map<string, [number, number][]>();
  for (const r of graph.relations) {
    for (const e of r.evidence) {
      extracted.set(key(e.doc, e.start, r.type, r.source, r.target), { doc: e.doc, type: r.type, source: r.source, target: r.target, quote: e.quote });
      const list = spans.get(e.doc) ?? [];
      list.push([e.start, e.end]);
      spans.set(e.doc, list);
    }
  }
  const docs = new Map(graph.documents.map((d) => [d.id, d]));
  const matched = new Set<string>();
  const missed: ExpectedRelation[] = [];
  const expectedKeys = new Set<string>();
  const perDocCounts = new Map<string, { tp: number; exp: number; ext: number }>();
  const count = (doc: string) => perDocCounts.get(doc) ?? perDocCounts.set(doc, { tp: 0, exp: 0, ext: 0 }).get(doc)!;
  for (const x of expected) {
    const text = docs.get(x.doc)?.text ?? '';
    const at = text.indexOf(x.quote);
    if (at < 0) throw new Error(`expected quote not found in ${x.doc}: ${x.quote}`);
    count(x.doc).exp++;
    const span = (spans.get(x.doc) ?? []).find(([s, e]) => at >= s && at < e);
    const k = span ? key(x.doc, span[0], x.type, x.source, x.target) : null;
    if (k) expectedKeys.add(k);
    if (k && extracted.has(k)) {
      if (!matched.has(k)) count(x.doc).tp++;
      matched.add(k);
    } else missed.push(x);
  }
  for (const v of extracted.values()) count(v.doc).ext++;
  const spurious = [...extracted.entries()].filter(([k]) => !expectedKeys.has(k)).map(([, v]) => v);
  const central = expected.filter((x) => x.central);
  const centralFound = central.filter((x) => !missed.includes(x)).length;
  const perDoc: Record<string, { precision: number; recall: number }> = {};
  for (const [doc, c] of perDocCounts) perDoc[doc] = { precision: c.ext ? c.tp / c.ext : 0, recall: c.exp ? c.tp / c.exp : 0 };
  return {
    precision: extracted.size ? matched.size / extracted.size : 0,
    recall: expected.length ? (expected.length - missed.length) / expected.length : 0,
    centralRecall: central.length ? centralFound / central.length : 1,
    truePositives: matched.size,
    extracted: extracted.size,
    expected: expected.length,
    missed,
    spurious,
    perDoc,
  };
}
