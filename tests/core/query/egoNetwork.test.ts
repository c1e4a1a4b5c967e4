import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import { egoNetwork } from '../../../src/core/query/egoNetwork.ts';
import { UnknownActorError } from '../../../src/core/query/unknownActorError.ts';
import { miniGraph } from '../helpers/loadFixture.ts';

describe('egoNetwork', () => {
  const graph = () => buildGraph(miniGraph());

  it('rejects bad depth, direction and unknown actors', () => {
    expect(() => egoNetwork(graph(), 'ttp', { depth: -1 })).toThrow(/egoNetwork: depth must be an integer from 0 to 6/);
    expect(() => egoNetwork(graph(), 'ttp', { depth: 1.5 })).toThrow(/depth/);
    expect(() => egoNetwork(graph(), 'ttp', { direction: 'up' as never })).toThrow(/direction must be/);
    expect(() => egoNetwork(graph(), 'nobody')).toThrow(UnknownActorError);
  });

  it('returns the actor alone at depth 0', () => {
    expect(egoNetwork(graph(), 'ttp', { depth: 0 }).nodes()).toEqual(['ttp']);
  });

  it('follows in, out or both directions and keeps relations among reached actors', () => {
    const both = egoNetwork(graph(), 'TTP');
    expect(both.nodes().sort()).toEqual(['afghanistan', 'pakistan', 'ttp']);
    // Induced: relations between Pakistan and Afghanistan are in too.
    expect(both.hasEdge('accuses:pakistan:afghanistan')).toBe(true);
    expect(egoNetwork(graph(), 'ttp', { direction: 'out' }).nodes().sort()).toEqual(['pakistan', 'ttp']);
    expect(egoNetwork(graph(), 'ttp', { direction: 'in' }).nodes().sort()).toEqual(['afghanistan', 'ttp']);
    expect(egoNetwork(graph(), 'ttp', { depth: 2 }).order).toBe(8); // everyone but the isolated UN
    expect(egoNetwork(graph(), 'ttp', { relationTypes: ['attacks'] }).nodes().sort()).toEqual(['pakistan', 'ttp']);
  });
});
