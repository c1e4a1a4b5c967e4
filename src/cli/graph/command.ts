// The shape every CLI command has: its options for node:util parseArgs, its help, and run().

import type { ParseArgsConfig } from 'node:util';
import type { ActorGraph } from '../../core/index.ts';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export type CommandContext = {
  positionals: string[];
  values: OptionValues;
  json: boolean;
  graphFile: string;
  /** Loads, validates and builds the graph (only the commands that need it call this). */
  loadGraph: () => ActorGraph;
  /** Writes one chunk of output (stdout in the CLI, a buffer in tests). */
  print: (text: string) => void;
};

export type Command = {
  name: string;
  summary: string;
  /** Usage and option lines shown by --help. */
  help: string;
  options: OptionSpec;
  run: (ctx: CommandContext) => void;
};
