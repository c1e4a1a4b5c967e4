// Parses a YAML file with line numbers in every error, for the data files the extractor reads
// (actor dictionary, relation patterns, article metadata).

import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { ExtractError } from './ExtractError.ts';

export interface YamlFile {
  readonly file: string;
  readonly value: unknown;
  /** 1-based line of the node at a path of keys and indexes, or null when the path does not exist. */
  lineAt(path: readonly (string | number)[]): number | null;
}

export function parseYamlFile(text: string, file: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
    throw new ExtractError(file, line, `malformed YAML: ${first.message.split('\n')[0]}`);
  }
  const lineAt = (path: readonly (string | number)[]): number | null => {
    let node: unknown = doc.contents;
    for (const key of path) {
      if (isMap(node)) node = node.get(key, true);
      else if (isSeq(node) && typeof key === 'number') node = node.get(key, true);
      else return null;
      if (node === undefined) return null;
    }
    const range = (node as Node | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : null;
  };
  return { file, value: doc.toJS(), lineAt };
}
