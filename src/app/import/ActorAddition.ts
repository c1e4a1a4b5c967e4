// An actor the user adds to the dictionary from the "Add articles" panel: the fields of a
// graph-data/actors.yaml entry, kept as plain data so it crosses the worker boundary as is.

import type { ActorType } from '../../core/model/actorTypes.ts';

export interface ActorAddition {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  readonly aliases: readonly string[];
  /** Adjectives for a state ("Saudi"); empty for other types. */
  readonly demonyms: readonly string[];
  readonly affiliation: string | null;
  readonly role: string | null;
}

/** The file name the merged dictionary goes under, so the extractor's errors name actors.yaml. */
export const ACTORS_FILE = 'graph-data/actors.yaml';
