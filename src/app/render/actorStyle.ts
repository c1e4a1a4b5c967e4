// How each actor type looks on the canvas and in the legend: one shape and one colour per type,
// chosen so types stay apart for colour-blind readers too (shape carries the type, colour helps).

import type { ActorType } from '../../core/model/index.ts';

export interface ActorTypeStyle {
  readonly shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'barrel' | 'rhomboid' | 'pentagon' | 'octagon';
  readonly color: string;
}

export const ACTOR_STYLE: Readonly<Record<ActorType, ActorTypeStyle>> = {
  state: { shape: 'ellipse', color: '#2f6fb5' },
  official: { shape: 'round-rectangle', color: '#7a5cc7' },
  armed_group: { shape: 'diamond', color: '#c0392b' },
  international_org: { shape: 'hexagon', color: '#138d75' },
  state_organ: { shape: 'barrel', color: '#5b9bd5' },
  media: { shape: 'rhomboid', color: '#d68910' },
  analyst: { shape: 'pentagon', color: '#7f8c8d' },
  group: { shape: 'octagon', color: '#8e6e53' },
};

/** Community palette (Okabe–Ito plus extras): readable on white, distinct for colour-blind readers. */
export const COMMUNITY_COLORS: readonly string[] = [
  '#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#7a5cc7', '#8c6d31',
  '#2ca02c', '#e377c2', '#17becf', '#bcbd22',
];
