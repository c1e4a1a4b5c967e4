// `export`: the graph (or a filtered view) as JSON, GEXF, GraphML, CSV or Cytoscape JSON.

import { filterView, toCsv, toCytoscapeJson, toGexf, toGraphDocumentJson, toGraphml } from '../../../core/index.ts';
import type { Command } from '../command.ts';
import { CliError } from '../cliError.ts';
import { dateOption, relationTypesOption, stringOption } from '../parseValues.ts';
import { writeFileAtomic } from '../writeFileAtomic.ts';

const FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cyjs'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph as json, gexf, graphml, csv or cyjs',
  help: `Usage: actor-graph export --format json|gexf|graphml|csv|cyjs [--out FILE] [--types T,...] [--from D] [--to D]

  --format F     json: our graph document; gexf: Gephi; graphml: yEd, igraph, networkx;
                 csv: two tables; cyjs: Cytoscape JSON elements
  --out FILE     write to FILE (atomically: temporary file, then rename); default stdout.
                 csv needs --out: it writes FILE-nodes.csv and FILE-edges.csv
                 (a trailing .csv on FILE is dropped first: out.csv → out-nodes.csv, out-edges.csv)
  --types, --from, --to  export only that view (same meaning as for relations)`,
  options: { format: { type: 'string' }, out: { type: 'string' }, types: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
  run({ values, loadGraph, print }) {
    const format = stringOption(values, 'format');
    if (format === undefined || !(FORMATS as readonly string[]).includes(format)) {
      throw new CliError(`--format must be one of ${FORMATS.join(', ')}${format === undefined ? '' : `, got "${format}"`}`);
    }
    const out = stringOption(values, 'out');
    if (format === 'csv' && out === undefined) throw new CliError('csv export needs --out FILE (it writes FILE-nodes.csv and FILE-edges.csv)');
    const relationTypes = relationTypesOption(values, 'types');
    const dateFrom = dateOption(values, 'from');
    const dateTo = dateOption(values, 'to');
    const full = loadGraph();
    const graph = relationTypes || dateFrom || dateTo ? filterView(full, { relationTypes, dateFrom, dateTo }) : full;

    if (format === 'csv') {
      const base = out!.replace(/\.csv$/i, '');
      const { nodes, edges } = toCsv(graph);
      writeFileAtomic(`${base}-nodes.csv`, nodes);
      writeFileAtomic(`${base}-edges.csv`, edges);
      print(`wrote ${base}-nodes.csv (${graph.order} actors) and ${base}-edges.csv (${graph.size} relations)\n`);
      return;
    }
    const text =
      format === 'json' ? toGraphDocumentJson(graph)
      : format === 'gexf' ? toGexf(graph)
      : format === 'graphml' ? toGraphml(graph)
      : JSON.stringify(toCytoscapeJson(graph), null, 2) + '\n';
    if (out === undefined) return print(text);
    writeFileAtomic(out, text);
    print(`wrote ${out} (${graph.order} actors, ${graph.size} relations)\n`);
  },
};
