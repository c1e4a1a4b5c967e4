// Builds the explorer for end-to-end tests with Vite's API (the same config as `npm run build`).
// Until the extractor has written graph-data/graph.json, the app's import of it is pointed at a
// small fixture, so the harness runs in a fresh checkout too.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

export async function buildApp(root: string, outDir: string): Promise<{ data: string }> {
  const real = path.join(root, 'graph-data/graph.json');
  const fixture = path.join(root, 'tests/fixtures/app/tiny-graph.json');
  const useFixture = !existsSync(real);
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    ...(useFixture ? { resolve: { alias: [{ find: /^.*graph-data\/graph\.json$/, replacement: fixture }] } } : {}),
  });
  return { data: useFixture ? fixture : real };
}
