// `actors`: every actor with its type and number of relations.

import { degree } from '../../../core/index.ts';
import type { Command } from '../command.ts';
import { formatTable } from '../formatTable.ts';
import { actorTypesOption } from '../parseValues.ts';

export const actorsCommand: Command = {
  name: 'actors',
  summary: 'list actors with type and number of relations',
  help: `Usage: actor-graph actors [--type T,...]

  --type T,...   only actors of these types (state, official, armed_group, ...)`,
  options: { type: { type: 'string' } },
  run({ values, json, loadGraph, print }) {
    const graph = loadGraph();
    const types = actorTypesOption(values, 'type');
    const counts = degree(graph);
    const rows = graph
      .mapNodes((id, a) => ({ id, ...a, relations: counts[id] ?? 0 }))
      .filter((a) => !types || types.includes(a.type))
      .sort((a, b) => b.relations - a.relations || a.name.localeCompare(b.name));
    if (json) return print(JSON.stringify(rows, null, 2) + '\n');
    print(formatTable(['id', 'name', 'type', 'relations', 'aliases'], rows.map((a) => [a.id, a.name, a.type, a.relations, a.aliases.join('; ')])));
  },
};
