// How each relation type looks: colour by family (mediation purple, diplomacy blue, verbal
// conflict orange, force red, cooperation green) and line style within the family, so the
// legend stays short enough to read and types in one family remain distinguishable.

import type { RelationType } from '../../core/model/index.ts';

export interface RelationTypeStyle {
  readonly color: string;
  readonly line: 'solid' | 'dashed' | 'dotted';
  readonly width: number;
}

export const RELATION_STYLE: Readonly<Record<RelationType, RelationTypeStyle>> = {
  mediates: { color: '#8e44ad', line: 'solid', width: 3.5 },
  offers_mediation: { color: '#8e44ad', line: 'dashed', width: 2.5 },
  meets: { color: '#2e86c1', line: 'solid', width: 2.5 },
  calls: { color: '#2e86c1', line: 'dotted', width: 2.5 },
  visits: { color: '#2e86c1', line: 'dashed', width: 2.5 },
  accuses: { color: '#e67e22', line: 'dashed', width: 2.5 },
  criticizes: { color: '#e67e22', line: 'dotted', width: 2.5 },
  denies: { color: '#a04000', line: 'dotted', width: 2.5 },
  rejects: { color: '#a04000', line: 'dashed', width: 2.5 },
  threatens: { color: '#c0392b', line: 'dashed', width: 2.5 },
  demands: { color: '#d35400', line: 'solid', width: 2.5 },
  attacks: { color: '#c0392b', line: 'solid', width: 3.5 },
  supports: { color: '#27ae60', line: 'solid', width: 2.5 },
  aids: { color: '#27ae60', line: 'dashed', width: 2.5 },
  welcomes: { color: '#17a589', line: 'dotted', width: 2.5 },
  praises: { color: '#17a589', line: 'dashed', width: 2.5 },
  thanks: { color: '#17a589', line: 'solid', width: 2.5 },
  agrees: { color: '#0e6655', line: 'solid', width: 3 },
  suspends: { color: '#78281f', line: 'dashed', width: 2.5 },
  deports: { color: '#78281f', line: 'solid', width: 2.5 },
  appeals: { color: '#5d6d7e', line: 'dashed', width: 2 },
};
