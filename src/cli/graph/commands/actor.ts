// `actor NAME`: one actor's details and every relation it takes part in.

import { resolveActor } from '../../../core/index.ts';
import type { Command } from '../command.ts';
import { formatTable } from '../formatTable.ts';
import { requirePositionals } from '../parseValues.ts';

export const actorCommand: Command = {
  name: 'actor',
  summary: "show one actor (id, name or alias) and its relations",
  help: `Usage: actor-graph actor NAME

  NAME   actor id, name or alias; case and diacritics are ignored ("turkiye")`,
  options: {},
  run({ positionals, json, loadGraph, print }) {
    const [name] = requirePositionals(positionals, ['NAME'], 'actor-graph actor NAME');
    const graph = loadGraph();
    const actor = resolveActor(graph, name!);
    const relations = [...graph.outEdges(actor.id), ...graph.inEdges(actor.id)]
      .filter((edge, i, all) => all.indexOf(edge) === i) // a self-loop is both in and out
      .map((edge) => graph.getEdgeAttributes(edge))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    if (json) return print(JSON.stringify({ actor, relations }, null, 2) + '\n');
    print(
      [
        `${actor.name} (${actor.id})`,
        `  type:        ${actor.type}`,
        actor.role ? `  role:        ${actor.role}` : null,
        actor.affiliation ? `  affiliation: ${actor.affiliation}` : null,
        actor.aliases.length ? `  aliases:     ${actor.aliases.join('; ')}` : null,
        `  relations:   ${relations.length} (${graph.outDegree(actor.id)} out, ${graph.inDegree(actor.id)} in)`,
        '',
      ]
        .filter((l) => l !== null)
        .join('\n') + '\n',
    );
    if (relations.length > 0) {
      print(
        formatTable(
          ['date', 'type', 'source', 'target', 'mentions', 'first evidence'],
          relations.map((r) => [r.date, r.type, r.source, r.target, r.corroboration.mentions, r.evidence[0]?.quote]),
        ),
      );
    }
  },
};
