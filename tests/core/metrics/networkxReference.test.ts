// Cross-check against networkx (tests/fixtures/reference/compute_reference.py): the same edge
// lists through our whole pipeline must give networkx's numbers within 1e-6.

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import { centrality } from '../../../src/core/metrics/centrality.ts';
import { CENTRALITY_MEASURES } from '../../../src/core/metrics/centralityMeasures.ts';
import { documentFromEdges } from '../helpers/graphFromEdges.ts';
import { fixturePath, readJson } from '../helpers/loadFixture.ts';

type Scores = Record<string, Record<string, number>>;
type Reference = { source: string; nodes: string[]; edges: [string, string][]; undirected: Scores; directed?: Scores };

const files = ['florentine', 'krackhardt', 'bundled'].filter((name) => existsSync(fixturePath(`reference/${name}.json`)));

describe.each(files)('networkx reference: %s', (name) => {
  const ref = readJson(`reference/${name}.json`) as Reference;
  const graph = buildGraph(documentFromEdges(ref.nodes, ref.edges, 'accuses'));
  const variants: [string, Scores, boolean][] = [['undirected', ref.undirected, false]];
  if (ref.directed) variants.push(['directed', ref.directed, true]);

  for (const [label, scores, directed] of variants) {
    it.each(CENTRALITY_MEASURES)(`${label} %s matches within 1e-6`, (measure) => {
      const ours = centrality(graph, measure, { directed });
      const theirs = scores[measure]!;
      expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
      for (const node of ref.nodes) expect(Math.abs(ours[node]! - theirs[node]!)).toBeLessThan(1e-6);
    });
  }
});

describe('networkx reference files', () => {
  it('include the textbook graphs', () => {
    expect(files).toContain('florentine');
    expect(files).toContain('krackhardt');
  });
});
