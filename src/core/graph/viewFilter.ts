// What a view of the actor graph keeps: every field is optional and narrows the view when set.

import type { ActorType } from '../model/actorTypes.ts';
import type { RelationType } from '../model/relationTypes.ts';

export type ViewFilter = {
  /** Keep only relations of these types (all when absent). */
  relationTypes?: readonly RelationType[];
  /** Keep only actors of these types, and the relations between them. */
  actorTypes?: readonly ActorType[];
  /** Keep only evidence dated on or after this ISO date (yyyy-mm-dd). */
  dateFrom?: string;
  /** Keep only evidence dated on or before this ISO date (yyyy-mm-dd). */
  dateTo?: string;
  /** Keep only evidence from these document ids. */
  documents?: readonly string[];
  /** Drop actors left without any relation. */
  hideIsolated?: boolean;
};
