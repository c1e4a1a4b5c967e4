// The bundled graph-data/actors.yaml with the user's additions appended: the file "Download
// actors.yaml" saves. Loaded on demand, so the dictionary text and the YAML writer stay out of the
// first page load.

import actorsText from '../../../graph-data/actors.yaml?raw';
import type { ActorAddition } from './ActorAddition.ts';
import { mergeActorsYaml } from './mergeActorsYaml.ts';

export function mergedBundledActors(additions: readonly ActorAddition[]): string {
  return mergeActorsYaml(actorsText, additions);
}
