// Actor additions → YAML entries in the form of graph-data/actors.yaml (a block mapping per
// actor, lists in flow style, indented under "actors:"), written by the `yaml` package so any
// name, quote or colon is escaped correctly. The text is meant to be appended to the dictionary.

import { Document, isSeq, visit } from 'yaml';
import type { ActorAddition } from './ActorAddition.ts';

export function actorEntriesYaml(additions: readonly ActorAddition[]): string {
  if (additions.length === 0) return '';
  const entries = additions.map((a) => ({
    id: a.id,
    name: a.name,
    type: a.type,
    aliases: [...a.aliases],
    demonyms: [...a.demonyms],
    affiliation: a.affiliation,
    role: a.role,
    references: [] as string[],
  }));
  const doc = new Document(entries);
  // The top-level list stays a block sequence; each actor's lists are flow, as in actors.yaml.
  visit(doc, { Seq: (_key, node, path) => { if (isSeq(node) && path.length > 1) node.flow = true; } });
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const indented = body.trimEnd().split('\n').map((line) => `  ${line}`).join('\n');
  return `  # ---------------------------------------------------------------- added in the explorer\n${indented}\n`;
}
