// Reads the graph document from disk: the one place the CLI turns a path into an ActorGraph.

import { readFileSync } from 'node:fs';
import { buildGraph, validateGraphDocument } from '../../core/index.ts';
import type { ActorGraph } from '../../core/index.ts';
import { CliError } from './cliError.ts';

export function loadGraphFile(file: string): ActorGraph {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new CliError(`cannot read graph file ${file}: ${why} (pass --graph FILE, or run npm run extract)`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError(`graph file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return buildGraph(validateGraphDocument(value, file));
  } catch (error) {
    throw new CliError(`invalid graph file: ${(error as Error).message}`);
  }
}
