// Opens one page and times it: from navigation to the first finished layout with no work
// pending (the graph answers clicks), plus the layout's own duration reported by the app.

import type { Browser } from 'playwright-core';

export interface LoadFigures {
  readonly nodes: number;
  readonly edges: number;
  readonly interactiveMs: number;
  readonly layoutMs: number;
  /** "webgl" or "canvas", as the app chose (large graphs use WebGL unless ?renderer= says). */
  readonly renderer: string;
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
    if (errors.length) console.warn(`  page errors: ${errors.join(' | ')}`);
    return { ...figures, interactiveMs };
  } finally {
    await page.close();
  }
}
