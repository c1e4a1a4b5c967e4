// `centrality`: actors ranked by one measure.

import { CENTRALITY_MEASURES, isCentralityMeasure, rankActors } from '../../../core/index.ts';
import type { Command } from '../command.ts';
import { CliError } from '../cliError.ts';
import { formatTable } from '../formatTable.ts';
import { integerOption, relationTypesOption, stringOption } from '../parseValues.ts';

export const centralityCommand: Command = {
  name: 'centrality',
  summary: 'rank actors by a centrality measure',
  help: `Usage: actor-graph centrality --measure M [--top N] [--types T,...] [--directed]

  --measure M    ${CENTRALITY_MEASURES.join(' | ')}
  --top N        only the first N actors
  --types T,...  only these relation types count
  --directed     follow relation direction (default: relations are ties both ways)

Degree measures count relations; the others run on the graph with parallel relations collapsed
(betweenness normalised, closeness with Wasserman-Faust scaling, PageRank alpha 0.85).`,
  options: { measure: { type: 'string' }, top: { type: 'string' }, types: { type: 'string' }, directed: { type: 'boolean' } },
  run({ values, json, loadGraph, print }) {
    const measure = stringOption(values, 'measure');
    if (measure === undefined) throw new CliError(`--measure is required (${CENTRALITY_MEASURES.join(', ')})`);
    if (!isCentralityMeasure(measure)) {
      throw new CliError(`unknown measure "${measure}" (expected one of ${CENTRALITY_MEASURES.join(', ')})`);
    }
    const top = integerOption(values, 'top', 1, 1_000_000);
    const relationTypes = relationTypesOption(values, 'types');
    const graph = loadGraph();
    const rows = rankActors(graph, measure, { top, relationTypes, directed: values.directed === true });
    if (json) return print(JSON.stringify(rows, null, 2) + '\n');
    print(formatTable(['rank', 'id', 'name', 'type', measure], rows.map((r) => [r.rank, r.id, r.name, r.type, r.score])));
  },
};
