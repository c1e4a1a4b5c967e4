// Two CSV tables (nodes and edges) for spreadsheets and Gephi's import; lines end with CRLF as
// RFC 4180 asks. Lists are joined with "; ", evidence as one "[doc date] quote" line per mention.

import type { ActorGraph } from '../graph/actorGraph.ts';
import { csvRow } from './csvField.ts';

export type CsvFiles = { nodes: string; edges: string };

const NODE_COLUMNS = ['id', 'name', 'type', 'aliases', 'affiliation', 'role'] as const;
const EDGE_COLUMNS = [
  'id', 'source', 'target', 'type', 'date', 'date_source', 'event', 'venue', 'parties',
  'documents', 'outlets', 'mentions', 'evidence',
] as const;

export function toCsv(graph: ActorGraph): CsvFiles {
  const nodes = [csvRow(NODE_COLUMNS)];
  graph.forEachNode((id, a) => {
    nodes.push(csvRow([id, a.name, a.type, a.aliases.join('; '), a.affiliation, a.role]));
  });
  const edges = [csvRow(EDGE_COLUMNS)];
  graph.forEachEdge((id, a, source, target) => {
    edges.push(
      csvRow([
        id, source, target, a.type, a.date, a.dateSource, a.event, a.venue, a.parties?.join('; '),
        a.corroboration.documents, a.corroboration.outlets, a.corroboration.mentions,
        a.evidence.map((e) => `[${e.doc} ${e.date}] ${e.quote}`).join('\n'),
      ]),
    );
  });
  return { nodes: nodes.join('\r\n') + '\r\n', edges: edges.join('\r\n') + '\r\n' };
}
