// The layouts the explorer offers. Kept apart from the adapter so state and URL code can name
// layouts without importing Cytoscape.

export const LAYOUT_NAMES = ['fcose', 'concentric', 'circle', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_LABEL: Readonly<Record<LayoutName, string>> = {
  fcose: 'Force-directed (fCoSE)',
  concentric: 'Concentric by centrality',
  circle: 'Circle',
  breadthfirst: 'Breadth-first tree',
};

export function isLayoutName(value: unknown): value is LayoutName {
  return typeof value === 'string' && (LAYOUT_NAMES as readonly string[]).includes(value);
}
