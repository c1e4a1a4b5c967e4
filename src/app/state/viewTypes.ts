// Types of the explorer's view state: what is selected, which panel is open, which query runs.
// Enumerations are `as const` arrays so URL decoding can check values against them.

export const PANEL_NAMES = ['filters', 'centrality', 'paths', 'mediations', 'table', 'export', 'articles'] as const;
export type PanelName = (typeof PANEL_NAMES)[number];

export const COLOR_MODES = ['type', 'community'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export const PATH_MODES = ['shortest', 'all'] as const;
export type PathMode = (typeof PATH_MODES)[number];

export type Selection = { readonly kind: 'actor'; readonly id: string } | { readonly kind: 'relation'; readonly id: string };

export interface PathQuery {
  readonly from: string;
  readonly to: string;
  readonly mode: PathMode;
  readonly maxLength: number;
  readonly directed: boolean;
  /** Empty means every type. */
  readonly relationTypes: readonly string[];
}

export interface EgoFocus {
  readonly actor: string;
  readonly depth: 1 | 2 | 3;
}

/** An evidence sentence opened in the article reader. */
export interface ArticleRef {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
}
