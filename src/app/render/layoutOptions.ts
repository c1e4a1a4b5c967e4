// Layout options per layout name. fCoSE drops to draft quality on large graphs: default quality
// is quadratic-ish and takes minutes past a thousand nodes (see PERFORMANCE.md).

import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from './layoutNames.ts';

/**
 * Above this many nodes "fcose" means ForceAtlas2 in a worker (see CytoscapeAdapter.runLayout);
 * the draft quality below is the fallback where no worker exists.
 */
export const DRAFT_LAYOUT_THRESHOLD = 400;

export function layoutOptions(name: LayoutName, nodeCount: number, root: string | null): LayoutOptions {
  const common = { animate: false, fit: true, padding: 40 } as const;
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: nodeCount > DRAFT_LAYOUT_THRESHOLD ? 'draft' : 'default',
        randomize: true,
        nodeRepulsion: () => 16000,
        idealEdgeLength: () => 115,
        edgeElasticity: () => 0.3,
        nodeSeparation: 110,
        // Disconnected actors are packed in a grid: pad it so their labels do not collide.
        packComponents: true,
        tilingPaddingVertical: 40,
        tilingPaddingHorizontal: 90,
        numIter: nodeCount > DRAFT_LAYOUT_THRESHOLD ? 1000 : 2500,
      } as unknown as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        concentric: (node: { data(key: string): unknown }) => Number(node.data('score')) || 0,
        // About five rings whatever the score range.
        levelWidth: (nodes: { max(fn: (n: { data(k: string): unknown }) => number): { value: number } }) =>
          Math.max(nodes.max((n) => Number(n.data('score')) || 0).value / 5, 1e-9),
        minNodeSpacing: 30,
      } as unknown as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common, avoidOverlap: true };
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.1,
        ...(root ? { roots: `#${cssEscape(root)}` } : {}),
      };
  }
}

/** Ids are slugs, but escape anyway so an odd id cannot break the selector. */
export function cssEscape(id: string): string {
  return id.replace(/([^a-zA-Z0-9_-])/g, '\\$1');
}
