// Opens one page and times it: from navigation to the first finished layout with no work
// pending (the graph is drawn and answers clicks), plus the app's own phase measures
// (performance.measure "graph:*": elements added, first draw, worker layout, refined layout
// eased in) and the frame rate while dragging the view once the layout has settled.

import type { Browser, Page } from 'playwright-core';

export interface LoadFigures {
  readonly nodes: number;
  readonly edges: number;
  readonly interactiveMs: number;
  readonly layoutMs: number;
  /** "webgl" or "canvas", as the app chose (large graphs use WebGL unless ?renderer= says). */
  readonly renderer: string;
  /** Phase durations in ms by measure name, without the "graph:" prefix. */
  readonly phases: Readonly<Record<string, number>>;
  /** Frames per second while panning the settled graph by dragging (about one second). */
  readonly panFps: number;
}

export async function measureLoad(browser: Browser, url: string, timeoutMs: number): Promise<LoadFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const t0 = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => {
      const h = window.__explorer;
      return h !== undefined && h.layouts >= 1 && !h.busy;
    }, null, { timeout: timeoutMs, polling: 50 });
    const interactiveMs = Date.now() - t0;
    const figures = await page.evaluate(() => {
      const h = window.__explorer!;
      return { nodes: h.nodes, edges: h.edges, layoutMs: h.layoutMs, renderer: h.renderer };
    });
    // Large graphs keep refining in a worker after the first draw: wait for it before panning.
    if (figures.nodes > 400) {
      await page
        .waitForFunction(() => performance.getEntriesByName('graph:layout-refined').length > 0, null, { timeout: timeoutMs, polling: 100 })
        .catch(() => console.warn('  layout refinement did not finish'));
    }
    const phases = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('graph:')).map((m) => [m.name.slice(6), m.duration])),
    );
    const panFps = await measurePan(page);
    if (errors.length) console.warn(`  page errors: ${errors.join(' | ')}`);
    return { ...figures, interactiveMs, phases, panFps };
  } finally {
    await page.close();
  }
}

/** Drags the canvas in a slow circle-ish path for about a second and counts animation frames. */
async function measurePan(page: Page): Promise<number> {
  const box = await page.locator('.canvas').boundingBox();
  if (!box) return 0;
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__counting = true;
    const tick = () => { if (!window.__counting) return; window.__frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const started = Date.now();
  // Start on empty space near the top-left corner of the canvas (dragging a node would move it).
  await page.mouse.move(box.x + 8, box.y + 60);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) {
    await page.mouse.move(box.x + 8 + i * 6, box.y + 60 + Math.sin(i / 5) * 40);
    await page.waitForTimeout(25);
  }
  await page.mouse.up();
  const frames = await page.evaluate<number>('(() => { window.__counting = false; return window.__frames; })()');
  return (frames * 1000) / (Date.now() - started);
}
