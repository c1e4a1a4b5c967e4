// Test helper: reads JSON fixtures under tests/fixtures (tests may use node:, core may not).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateGraphDocument } from '../../../src/core/model/validateGraphDocument.ts';
import type { GraphDocument } from '../../../src/core/model/graphDocument.ts';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
}

export function readJson(name: string): unknown {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8'));
}

export function miniGraph(): GraphDocument {
  return validateGraphDocument(readJson('mini-graph.json'), 'mini-graph.json');
}
