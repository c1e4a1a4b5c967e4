// End-to-end: builds the explorer (vite build), serves it on a free port and drives it in headless Chromium.
// Runs under the same `npm test` (vitest run) as the unit tests.

import { mkdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './support/buildApp.ts';
import { launchBrowser } from './support/launchBrowser.ts';
import { pngSize } from './support/pngSize.ts';
import { serveDir } from './support/serveDir.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const OUT_DIR = path.join(ROOT, `.tmp-e2e-dist-${process.pid}`);

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
const consoleErrors: string[] = [];

async function openApp(query = '', viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  // Fail a stuck step with its own message, well inside the test timeout.
  page.setDefaultTimeout(8000);
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(server.url + query);
  await waitIdle(page);
  return page;
}

/** Waits until at least one layout has finished and none is running. */
async function waitIdle(page: Page, minLayouts = 1): Promise<void> {
  await page.waitForFunction((n) => {
    const h = window.__explorer;
    return h !== undefined && h.layouts >= n && !h.busy;
  }, minLayouts, { timeout: 30000 });
}

const hook = (page: Page) =>
  page.evaluate(() => {
    const h = window.__explorer!;
    return { nodes: h.nodes, edges: h.edges, layouts: h.layouts, selected: h.selected, highlighted: [...h.highlighted].sort() };
  });

async function choose(page: Page, testid: string, text: string, option?: RegExp): Promise<void> {
  const input = page.getByTestId(testid);
  await input.click();
  await input.fill(text);
  const list = page.getByRole('listbox');
  const opt = option ? list.getByRole('option', { name: option }).first() : list.getByRole('option').first();
  await opt.waitFor();
  await opt.dispatchEvent('mousedown');
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, name) });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  // A build directory of our own: parallel test runs (or `npm run build`) cannot empty it under us.
  await buildApp(ROOT, OUT_DIR);
  server = await serveDir(OUT_DIR);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(OUT_DIR, { recursive: true, force: true });
});

describe('explorer (e2e)', () => {
  it('loads the bundled graph and draws it', async () => {
    const page = await openApp();
    const h = await hook(page);
    expect(h.nodes).toBeGreaterThan(3);
    expect(h.edges).toBeGreaterThan(3);
    await expect(page.getByTestId('status').textContent()).resolves.toContain(`${h.nodes} actors`);
    await shot(page, 'main-view.png');
    await page.close();
  });

  it('search finds actors by alias and Qatar shows its mediation relations', async () => {
    const page = await openApp();
    await choose(page, 'search', 'Islamabad', /Pakistan/);
    expect((await hook(page)).selected).toBe('pakistan');
    await choose(page, 'search', 'Qatar', /^Qatar/);
    expect((await hook(page)).selected).toBe('qatar');
    const panel = page.getByTestId('actor-panel');
    await expect(panel.getByRole('heading', { name: 'Qatar' }).isVisible()).resolves.toBe(true);
    const text = await panel.textContent();
    expect(text).toMatch(/mediates/);
    expect(text).toMatch(/Afghanistan/);
    await shot(page, 'actor-panel-qatar.png');

    // An evidence sentence opens its article with the sentence marked.
    await panel.getByTestId('evidence-quote').first().click();
    const reader = page.getByTestId('article-reader');
    await reader.locator('mark').waitFor();
    const marked = await reader.locator('mark').textContent();
    expect(marked && marked.length).toBeGreaterThan(10);
    await shot(page, 'article-reader.png');
    await page.keyboard.press('Escape');
    await reader.locator('mark').waitFor({ state: 'hidden' });

    // A relation's own panel: CAMEO code, corroboration and its evidence.
    await panel.getByRole('button', { name: /^Qatar → / }).first().click();
    const relation = page.getByTestId('relation-panel');
    await relation.waitFor();
    expect(await relation.textContent()).toMatch(/CAMEO \S+/);
    expect(await relation.getByTestId('corroboration').textContent()).toMatch(/\d+ articles?/);
    await shot(page, 'relation-panel.png');

    // "/" focuses the search box; Esc clears the selection.
    await page.locator('body').click({ position: { x: 5, y: 790 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect((await hook(page)).selected).toBeNull();
    await page.close();
  });

  it('finds the path Qatar → TTP and highlights it; the link restores the same view', async () => {
    const page = await openApp();
    await page.getByTestId('tab-paths').click();
    await choose(page, 'path-from', 'Qatar', /^Qatar/);
    await choose(page, 'path-to', 'TTP', /Tehr[ei]+k|TTP|Taliban Pakistan/i);
    await page.getByTestId('path-summary').waitFor();
    expect(await page.getByTestId('path-summary').textContent()).toMatch(/\d+ paths?/);
    await page.waitForFunction(() => (window.__explorer?.highlighted.length ?? 0) > 0);
    const h = await hook(page);
    expect(h.highlighted).toContain('qatar');
    expect(h.highlighted).toContain('ttp');
    expect(h.highlighted.length).toBeLessThan(h.nodes + h.edges);
    // The first path is open: its hops list the relations and their evidence sentences.
    const firstPath = page.getByRole('button', { name: /Qatar → / }).first();
    expect(await firstPath.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.hops > li').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.hops').getByTestId('evidence-quote').count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: 'Zoom to paths' }).click();
    await shot(page, 'path-qatar-ttp.png');

    // Reload the copied URL in a fresh page: the same query, panel and highlight come back.
    const url = page.url();
    expect(url).toContain('pf=qatar');
    const again = await openApp(url.slice(server.url.length));
    await again.waitForFunction(() => (window.__explorer?.highlighted.length ?? 0) > 0);
    expect((await hook(again)).highlighted).toEqual(h.highlighted);
    expect(await again.getByTestId('tab-paths').getAttribute('aria-selected')).toBe('true');
    await again.close();
    await page.close();
  });

  it('lists mediation events and highlights the chosen one', async () => {
    const page = await openApp();
    await page.getByTestId('tab-mediations').click();
    const rows = page.getByTestId('mediation-table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    await rows.first().getByRole('button').click();
    await page.waitForFunction(() => (window.__explorer?.highlighted.length ?? 0) > 0);
    const h = await hook(page);
    expect(h.highlighted.length).toBeGreaterThan(1);
    await shot(page, 'mediation-table.png');
    await page.close();
  });

  it('narrowing the date window changes the graph; back restores it', async () => {
    const page = await openApp();
    const before = await hook(page);
    const from = page.getByTestId('date-from');
    const min = (await from.getAttribute('min'))!;
    const max = (await from.getAttribute('max'))!;
    // The midpoint of the corpus span.
    const mid = new Date((Date.parse(min) + Date.parse(max)) / 2).toISOString().slice(0, 10);
    await from.fill(mid);
    await page.waitForFunction((n) => window.__explorer!.edges !== n, before.edges);
    await waitIdle(page, before.layouts + 1);
    const after = await hook(page);
    expect(after.edges).toBeLessThan(before.edges);
    expect(page.url()).toContain(`from=${mid}`);
    await shot(page, 'date-filtered.png');
    await page.goBack();
    await page.waitForFunction((n) => window.__explorer!.edges === n, before.edges);
    await page.close();
  });

  it('exports PNG whose size follows the scale, and an SVG holding actor labels', async () => {
    const page = await openApp('?panel=export');
    const scale = page.getByTestId('export-scale');
    const sizes: { width: number; height: number }[] = [];
    for (const s of ['1', '2']) {
      await scale.fill(s);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
      expect(download.suggestedFilename()).toMatch(/^actor-graph_.*\.png$/);
      const bytes = await readFile((await download.path())!);
      expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      sizes.push(pngSize(bytes));
    }
    expect(Math.abs(sizes[1]!.width - 2 * sizes[0]!.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(sizes[1]!.height - 2 * sizes[0]!.height)).toBeLessThanOrEqual(2);

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
    const svg = await readFile((await svgDownload.path())!, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { root: doc.documentElement.nodeName, error: doc.querySelector('parsererror') !== null };
    }, svg);
    expect(parsed).toEqual({ root: 'svg', error: false });
    expect(svg).toContain('Qatar');

    const [gexf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-gexf').click()]);
    expect(await readFile((await gexf.path())!, 'utf8')).toContain('<gexf');
    await page.close();
  });

  it('focuses an ego network, colours communities and ranks by centrality', async () => {
    const page = await openApp('?sel=a:pakistan&panel=centrality');
    const before = await hook(page);
    await page.getByRole('button', { name: 'Focus ego network' }).click();
    await waitIdle(page, before.layouts + 1);
    const ego = await hook(page);
    expect(ego.nodes).toBeLessThanOrEqual(before.nodes);
    expect(page.url()).toContain('ego=pakistan%3A1');
    await page.getByLabel('Colour nodes by').selectOption('community');
    await page.getByLabel('Centrality measure').selectOption('betweenness');
    const rows = page.getByTestId('centrality-table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await rows.first().textContent()).toContain('Pakistan');
    await shot(page, 'ego-community-centrality.png');
    await page.close();
  });

  it('works on a narrow screen with panels collapsed', async () => {
    const page = await openApp('', { width: 390, height: 800 });
    expect(await page.getByRole('tablist', { name: 'Analysis panels' }).count()).toBe(0);
    await shot(page, 'narrow.png');
    await page.getByRole('button', { name: 'Show analysis panels' }).click();
    await page.getByRole('tablist', { name: 'Analysis panels' }).waitFor();
    await page.close();
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
