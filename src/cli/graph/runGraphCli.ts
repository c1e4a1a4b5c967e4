// Runs one graph CLI invocation: picks the command, parses its options with node:util parseArgs,
// and turns every failure into a one-line message and an exit code. Returns the exit code so
// tests can call it without spawning a process.

import { parseArgs } from 'node:util';
import { UnknownActorError, filterView } from '../../core/index.ts';
import type { ActorGraph, ViewFilter } from '../../core/index.ts';
import { CliError } from './cliError.ts';
import type { OptionSpec, OptionValues } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { loadGraphFile } from './loadGraphFile.ts';
import { actorTypesOption, dateOption, listOption } from './parseValues.ts';

export const DEFAULT_GRAPH = 'graph-data/graph.json';

const GLOBAL_OPTIONS: OptionSpec = {
  graph: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  from: { type: 'string' },
  to: { type: 'string' },
  'actor-types': { type: 'string' },
  docs: { type: 'string' },
};

const GLOBAL_HELP = `Usage: actor-graph <command> [options]      (npm run graph -- <command> [options])

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join('\n')}

Global options:
  --graph FILE          graph document to read (default ${DEFAULT_GRAPH})
  --json                machine-readable JSON output instead of tables
  -h, --help            help; "actor-graph <command> --help" for a command's options

View filters (every command answers on the filtered view):
  --from D, --to D      only evidence dated within the window (yyyy-mm-dd)
  --actor-types T,...   only these actor types (${'state, official, armed_group, …'})
  --docs ID,...         only evidence from these articles (document ids)

Exit codes: 0 ok, 2 bad usage / unknown actor / unreadable or invalid graph, 1 write failure.`;

export type CliIo = { stdout: (text: string) => void; stderr: (text: string) => void };

/** The command name is the first argument that is neither an option nor --graph's value. */
function splitCommand(argv: readonly string[]): { name: string | undefined; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--graph') {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    return { name: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { name: undefined, rest: [...argv] };
}

export function runGraphCli(argv: readonly string[], io: CliIo): number {
  const { name, rest } = splitCommand(argv);
  const command = COMMANDS.find((c) => c.name === name);
  const prefix = command ? `actor-graph ${command.name}` : 'actor-graph';
  try {
    if (name === undefined || name === 'help') {
      io.stdout(GLOBAL_HELP + '\n');
      return name === undefined && !rest.some((a) => a === '--help' || a === '-h') ? 2 : 0;
    }
    if (!command) throw new CliError(`unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})`);

    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: rest, options: { ...GLOBAL_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
    } catch (error) {
      // parseArgs messages are clear but long; keep the first sentence.
      throw new CliError(`${(error as Error).message.split('. ')[0]}; see ${prefix} --help`);
    }
    const { positionals } = parsed;
    const values = parsed.values as OptionValues;
    if (values.help) {
      io.stdout(`${command.help}\n\nGlobal options: --graph FILE (default ${DEFAULT_GRAPH}), --json, --help\nView filters: --from D --to D --actor-types T,... --docs ID,...\n`);
      return 0;
    }
    const graphFile = typeof values.graph === 'string' ? values.graph : DEFAULT_GRAPH;
    command.run({
      positionals,
      values,
      json: values.json === true,
      graphFile,
      loadGraph: () => applyViewFilters(loadGraphFile(graphFile), values),
      print: io.stdout,
    });
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${prefix}: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof UnknownActorError) {
      io.stderr(`${prefix}: unknown actor "${error.query}"${error.suggestions.length ? `; did you mean: ${error.suggestions.join(', ')}?` : ''}\n`);
      return 2;
    }
    // Core functions check their inputs and name themselves in the message: still a usage error.
    io.stderr(`${prefix}: ${(error as Error).message ?? String(error)}\n`);
    if (process.env.ACTOR_GRAPH_DEBUG) io.stderr(`${(error as Error).stack}\n`);
    return 2;
  }
}

/** The view filters shared by every command (a command's own --types narrows further). */
function applyViewFilters(graph: ActorGraph, values: OptionValues): ActorGraph {
  const filter: ViewFilter = {
    dateFrom: dateOption(values, 'from'),
    dateTo: dateOption(values, 'to'),
    actorTypes: actorTypesOption(values, 'actor-types'),
    documents: listOption(values, 'docs'),
  };
  if (Object.values(filter).every((v) => v === undefined)) return graph;
  if (filter.documents) {
    const known = new Set(((graph.getAttribute('documents') ?? []) as unknown as { id: string }[]).map((d) => d.id));
    const unknown = filter.documents.filter((d) => !known.has(d));
    if (unknown.length) throw new CliError(`--docs: unknown document ${unknown.map((d) => `"${d}"`).join(', ')} (known: ${[...known].join(', ')})`);
  }
  return filterView(graph, filter);
}
