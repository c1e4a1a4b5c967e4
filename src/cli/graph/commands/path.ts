// `path FROM TO`: how two actors are connected, hop by hop, with the evidence of each hop.

import { findPaths, MAX_PATH_LENGTH } from '../../../core/index.ts';
import type { Command } from '../command.ts';
import { dateOption, integerOption, relationTypesOption, requirePositionals } from '../parseValues.ts';

const USAGE = 'actor-graph path FROM TO [--all --max-length K] [--types T,...] [--directed] [--from D --to D]';

export const pathCommand: Command = {
  name: 'path',
  summary: 'shortest (or all) paths between two actors, with evidence',
  help: `Usage: ${USAGE}

  --all            every simple path up to --max-length hops (default: every shortest path)
  --max-length K   maximum hops, 1..${MAX_PATH_LENGTH} (default 4)
  --max-paths N    stop after N paths (default 500); the output says when it was cut
  --types T,...    only these relation types
  --directed       follow relation direction
  --from D, --to D only relations with evidence in this date window (yyyy-mm-dd)`,
  options: {
    all: { type: 'boolean' },
    'max-length': { type: 'string' },
    'max-paths': { type: 'string' },
    types: { type: 'string' },
    directed: { type: 'boolean' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
  run({ positionals, values, json, loadGraph, print }) {
    const [from, to] = requirePositionals(positionals, ['FROM', 'TO'], USAGE);
    const maxLength = integerOption(values, 'max-length', 1, MAX_PATH_LENGTH);
    const maxPaths = integerOption(values, 'max-paths', 1, 100_000);
    const relationTypes = relationTypesOption(values, 'types');
    const dateFrom = dateOption(values, 'from');
    const dateTo = dateOption(values, 'to');
    const graph = loadGraph();
    const result = findPaths(graph, from!, to!, {
      mode: values.all ? 'all' : 'shortest',
      directed: values.directed === true,
      maxLength,
      maxPaths,
      relationTypes,
      dateFrom,
      dateTo,
    });
    if (json) return print(JSON.stringify(result, null, 2) + '\n');
    const nameOf = (id: string) => graph.getNodeAttribute(id, 'name');
    if (result.paths.length === 0) {
      return print(`no path from ${nameOf(result.from)} to ${nameOf(result.to)} within ${maxLength ?? 4} hops in this view\n`);
    }
    for (const [i, path] of result.paths.entries()) {
      print(`${i + 1}. ${path.nodes.map(nameOf).join(' → ')}  (${path.length} hop${path.length === 1 ? '' : 's'})\n`);
      for (const hop of path.hops) {
        for (const r of hop.relations) {
          print(`     ${nameOf(r.source)} ${r.type} ${nameOf(r.target)} [${r.date}]\n`);
          for (const e of r.evidence.slice(0, 2)) print(`       "${e.quote.replace(/\s+/g, ' ')}" (${e.doc})\n`);
        }
      }
    }
    print(`${result.paths.length} path(s)${result.truncated ? ', truncated: raise --max-paths or lower --max-length to see all' : ''}\n`);
  },
};
