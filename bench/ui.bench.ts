// UI benchmark (npm run bench:ui): builds the explorer, serves it, and in headless Chromium
// measures load → interactive graph (drawn and answering input) for the bundled graph and for
// synthetic graphs of 1k and 5k actors (4 relations each), where the time goes (the app's
// "graph:*" performance measures) and the frame rate while panning. Prints figures; not a test.

import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from '../tests/e2e/support/buildApp.ts';
import { launchBrowser } from '../tests/e2e/support/launchBrowser.ts';
import { serveDir } from '../tests/e2e/support/serveDir.ts';
import { measureLoad } from './ui/measureLoad.ts';
import type { LoadFigures } from './ui/measureLoad.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, '.tmp-bench-dist');
const CASES: { label: string; query: string; timeoutMs: number }[] = [
  { label: 'bundled graph-data/graph.json', query: '', timeoutMs: 60_000 },
  { label: 'synthetic 1k actors / 4k relations', query: '?synthetic=1000', timeoutMs: 120_000 },
  { label: 'synthetic 1k, canvas renderer', query: '?synthetic=1000&renderer=canvas', timeoutMs: 120_000 },
  { label: 'synthetic 5k actors / 20k relations', query: '?synthetic=5000', timeoutMs: 300_000 },
  { label: 'synthetic 5k, canvas renderer', query: '?synthetic=5000&renderer=canvas', timeoutMs: 300_000 },
  // The app picks canvas where WebGL runs on a software rasteriser (no GPU, as here); forced:
  { label: 'synthetic 5k, WebGL forced', query: '?synthetic=5000&renderer=webgl', timeoutMs: 300_000 },
];

const started = performance.now();
await buildApp(ROOT, OUT);
console.log(`build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
const server = await serveDir(OUT);
const browser = await launchBrowser();
const rows: (LoadFigures & { label: string })[] = [];
try {
  for (const c of CASES) {
    const figures = await measureLoad(browser, server.url + c.query, c.timeoutMs);
    rows.push({ label: c.label, ...figures });
    console.log(
      `${c.label.padEnd(38)} nodes ${String(figures.nodes).padStart(5)}  edges ${String(figures.edges).padStart(6)}  ` +
        `load→interactive ${(figures.interactiveMs / 1000).toFixed(2).padStart(6)} s  layout ${(figures.layoutMs / 1000).toFixed(2).padStart(6)} s  ` +
        `renderer ${figures.renderer}  pan ${figures.panFps.toFixed(0)} fps`,
    );
    const phases = Object.entries(figures.phases).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`);
    if (phases.length) console.log(`${''.padEnd(40)}${phases.join(' · ')}`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(OUT, { recursive: true, force: true });
}
