// `communities`: Louvain communities of the actor graph.

import { communities } from '../../../core/index.ts';
import type { Command } from '../command.ts';
import { formatTable } from '../formatTable.ts';
import { integerOption, relationTypesOption } from '../parseValues.ts';

export const communitiesCommand: Command = {
  name: 'communities',
  summary: 'Louvain communities (deterministic for a seed)',
  help: `Usage: actor-graph communities [--types T,...] [--seed N]

  --types T,...  only these relation types
  --seed N       random seed of the Louvain node order (default 42)`,
  options: { types: { type: 'string' }, seed: { type: 'string' } },
  run({ values, json, loadGraph, print }) {
    const relationTypes = relationTypesOption(values, 'types');
    const seed = integerOption(values, 'seed', 0, 2 ** 31);
    const graph = loadGraph();
    const result = communities(graph, { relationTypes, seed });
    if (json) return print(JSON.stringify(result, null, 2) + '\n');
    const nameOf = (id: string) => graph.getNodeAttribute(id, 'name');
    print(formatTable(['community', 'size', 'members'], result.members.map((m, i) => [i, m.length, m.map(nameOf).join(', ')])));
    print(`${result.count} communities, modularity ${result.modularity.toFixed(4)}\n`);
  },
};
