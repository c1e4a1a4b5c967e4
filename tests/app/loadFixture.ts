// The explorer's small test graph (Pakistan–Afghanistan mediation in Doha and Istanbul), validated.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateGraphDocument } from '../../src/core/index.ts';
import type { GraphDocument } from '../../src/core/index.ts';

export function loadFixture(): GraphDocument {
  const file = path.resolve(import.meta.dirname, '../fixtures/app/tiny-graph.json');
  return validateGraphDocument(JSON.parse(readFileSync(file, 'utf8')), file);
}
