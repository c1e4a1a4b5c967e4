// `relations`: relations in a filtered view, oldest first.

import { filterView, resolveActor } from '../../../core/index.ts';
import type { Command } from '../command.ts';
import { formatTable } from '../formatTable.ts';
import { dateOption, relationTypesOption, stringOption } from '../parseValues.ts';

export const relationsCommand: Command = {
  name: 'relations',
  summary: 'list relations, filtered by type, date and actor',
  help: `Usage: actor-graph relations [--type T,...] [--from DATE] [--to DATE] [--actor X]

  --type T,...   only these relation types (accuses,mediates,...)
  --from DATE    only evidence dated on or after DATE (yyyy-mm-dd)
  --to DATE      only evidence dated on or before DATE
  --actor X      only relations where X (id, name or alias) is source or target`,
  options: { type: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, actor: { type: 'string' } },
  run({ values, json, loadGraph, print }) {
    const relationTypes = relationTypesOption(values, 'type');
    const dateFrom = dateOption(values, 'from');
    const dateTo = dateOption(values, 'to');
    const graph = loadGraph();
    const actorName = stringOption(values, 'actor');
    const actor = actorName === undefined ? null : resolveActor(graph, actorName).id;
    const view = filterView(graph, { relationTypes, dateFrom, dateTo });
    const relations = view
      .mapEdges((_e, a) => a)
      .filter((r) => actor === null || r.source === actor || r.target === actor)
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    if (json) return print(JSON.stringify(relations, null, 2) + '\n');
    print(
      formatTable(
        ['date', 'type', 'source', 'target', 'docs', 'mentions', 'first evidence'],
        relations.map((r) => [r.date, r.type, r.source, r.target, r.corroboration.documents, r.corroboration.mentions, r.evidence[0]?.quote]),
      ),
    );
    print(`${relations.length} relation(s)\n`);
  },
};
