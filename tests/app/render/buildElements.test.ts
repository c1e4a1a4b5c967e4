// Element and stylesheet building, checked in Node with a headless Cytoscape.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/index.ts';
import { ACTOR_STYLE, COMMUNITY_COLORS } from '../../../src/app/render/actorStyle.ts';
import { buildElements } from '../../../src/app/render/buildElements.ts';
import { buildStylesheet } from '../../../src/app/render/buildStylesheet.ts';
import type { NodeData } from '../../../src/app/render/elementData.ts';
import { loadFixture } from '../loadFixture.ts';

const graph = buildGraph(loadFixture());

describe('buildElements', () => {
  it('makes one node per actor and one edge per relation, nodes first', () => {
    const elements = buildElements(graph);
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(graph.order);
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(graph.size);
    const firstEdge = elements.findIndex((e) => e.group === 'edges');
    expect(elements.slice(firstEdge).every((e) => e.group === 'edges')).toBe(true);
  });

  it('sizes nodes by score between min and max, and colours by actor type', () => {
    const elements = buildElements(graph, { scores: { pakistan: 10, qatar: 2.5 }, minSize: 20, maxSize: 60 });
    const node = (id: string) => elements.find((e) => e.data.id === id)!.data as NodeData;
    expect(node('pakistan').size).toBe(60);
    expect(node('dawn').size).toBe(20);
    expect(node('qatar').size).toBe(40); // sqrt(0.25) = 0.5 of the range
    expect(node('ttp').color).toBe(ACTOR_STYLE.armed_group.color);
  });

  it('takes community colours when given', () => {
    const elements = buildElements(graph, { communities: { pakistan: 1 } });
    const pakistan = elements.find((e) => e.data.id === 'pakistan')!.data as NodeData;
    expect(pakistan.color).toBe(COMMUNITY_COLORS[1]);
  });

  it('marks directed relation types and keeps parallel edges apart', () => {
    const elements = buildElements(graph);
    const edge = (id: string) => elements.find((e) => e.data.id === id)!.data as { directed: boolean };
    expect(edge('attacks-ttp-pakistan').directed).toBe(true);
    expect(edge('agrees-pakistan-afghanistan').directed).toBe(false);

    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(), elements: elements.map((e) => ({ group: e.group, data: { ...e.data } })) });
    const between = cy.edges('[source = "pakistan"][target = "afghanistan"]');
    expect(between.length).toBe(3);
    expect(between.first().style('curve-style')).toBe('bezier');
    expect(cy.getElementById('pakistan').style('shape')).toBe(ACTOR_STYLE.state.shape);
    expect(cy.getElementById('attacks-ttp-pakistan').style('target-arrow-shape')).toBe('triangle');
    expect(cy.getElementById('agrees-pakistan-afghanistan').style('target-arrow-shape')).toBe('none');
    cy.destroy();
  });
});

describe('buildStylesheet', () => {
  it('switches to haystack edges for large graphs', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet({ large: true }), elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'e', source: 'a', target: 'b' } }] });
    expect(cy.getElementById('e').style('curve-style')).toBe('haystack');
    cy.destroy();
  });

  it('draws large graphs with solid, arrowless edges and no transitions; small ones keep dashes and arrows', () => {
    const elements = [
      { data: { id: 'a', label: 'A', color: '#000', size: 20 } },
      { data: { id: 'b', label: 'B', color: '#000', size: 20 } },
      { data: { id: 'e', source: 'a', target: 'b', type: 'visits', directed: true, articles: 1 } },
    ];
    const large = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet({ large: true }), elements });
    expect(large.getElementById('e').style('line-style')).toBe('solid');
    expect(large.getElementById('e').style('target-arrow-shape')).toBe('none');
    expect(large.getElementById('a').style('transition-duration')).toBe('0ms');
    large.destroy();
    const small = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(), elements });
    expect(small.getElementById('e').style('line-style')).toBe('dashed');
    expect(small.getElementById('e').style('target-arrow-shape')).toBe('triangle');
    small.destroy();
  });
});
