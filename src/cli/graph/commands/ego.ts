// `ego NAME`: an actor's neighbourhood and the relations inside it.

import { egoNetwork } from '../../../core/index.ts';
import type { Command } from '../command.ts';
import { CliError } from '../cliError.ts';
import { formatTable } from '../formatTable.ts';
import { integerOption, relationTypesOption, requirePositionals, stringOption } from '../parseValues.ts';

export const egoCommand: Command = {
  name: 'ego',
  summary: "an actor's neighbourhood within D relations",
  help: `Usage: actor-graph ego NAME [--depth D] [--direction in|out|both] [--types T,...]

  --depth D        hops from the actor, 0..6 (default 1)
  --direction DIR  in: who acts on NAME; out: whom NAME acts on; both (default)
  --types T,...    only these relation types`,
  options: { depth: { type: 'string' }, direction: { type: 'string' }, types: { type: 'string' } },
  run({ positionals, values, json, loadGraph, print }) {
    const [name] = requirePositionals(positionals, ['NAME'], 'actor-graph ego NAME [--depth D] [--direction in|out|both]');
    const depth = integerOption(values, 'depth', 0, 6);
    const direction = stringOption(values, 'direction') ?? 'both';
    if (direction !== 'in' && direction !== 'out' && direction !== 'both') {
      throw new CliError(`--direction must be in, out or both, got "${direction}"`);
    }
    const relationTypes = relationTypesOption(values, 'types');
    const graph = loadGraph();
    const ego = egoNetwork(graph, name!, { depth, direction, relationTypes });
    const actors = ego.mapNodes((id, a) => ({ id, name: a.name, type: a.type }));
    const relations = ego.mapEdges((_e, a) => a).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    if (json) return print(JSON.stringify({ actors, relations }, null, 2) + '\n');
    print(formatTable(['id', 'name', 'type'], actors.map((a) => [a.id, a.name, a.type])));
    print('\n');
    print(formatTable(['date', 'type', 'source', 'target', 'mentions'], relations.map((r) => [r.date, r.type, r.source, r.target, r.corroboration.mentions])));
  },
};
