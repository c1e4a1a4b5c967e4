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

  it('adds an article in the browser: the graph grows, unknown names are listed and can be added as actors, bad files are refused', async () => {
    const page = await openApp('?panel=articles');
    const before = await hook(page);
    const counts = page.locator('header .brand .small');
    const relationsIn = async () => Number((await counts.textContent())!.match(/(\d+) relations/)![1]);
    const relationsBefore = await relationsIn();
    const panel = page.getByTestId('import-panel');
    await expect(panel.getByText('Not in the link.').isVisible()).resolves.toBe(true);
    await shot(page, 'add-articles-empty.png');

    // An empty file is refused with the extractor's message; nothing else changes.
    const input = page.getByTestId('import-files');
    await input.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    expect(await page.getByTestId('import-problems').textContent()).toContain('empty.txt: the file is empty');
    expect(await page.getByTestId('import-draft').count()).toBe(0);
    await shot(page, 'add-articles-error.png');

    // A sidecar without a date stops the extraction with file, line and problem; the graph stays.
    await input.setInputFiles([
      { name: 'undated.txt', mimeType: 'text/plain', buffer: Buffer.from('Qatar mediated talks between Afghanistan and Pakistan.') },
      { name: 'undated.meta.yaml', mimeType: 'text/yaml', buffer: Buffer.from('title: Undated\n') },
    ]);
    await page.getByTestId('import-extract').click();
    const error = page.getByTestId('import-error');
    await error.waitFor({ timeout: 20000 });
    expect(await error.textContent()).toMatch(/undated\.meta\.yaml:1: missing "date"/);
    expect(await relationsIn()).toBe(relationsBefore);
    await shot(page, 'add-articles-extract-error.png');
    await page.getByRole('button', { name: 'Remove undated.txt' }).click();

    const article =
      'On December 2, Saudi Arabia mediated a new round of talks between Afghanistan and Pakistan in Riyadh. ' +
      'Pakistani Defence Minister Khawaja Asif accused Kabul of sheltering militants. Foreign Minister Ishaq Dar thanked Iran for its support.';
    await input.setInputFiles({ name: 'riyadh-talks.txt', mimeType: 'text/plain', buffer: Buffer.from(article) });
    await page.getByLabel('Title of riyadh-talks.txt').fill('Saudi Arabia hosts new round of talks');
    await page.getByLabel('Publication date of riyadh-talks.txt').fill('2025-12-03');
    await page.getByLabel('Outlet of riyadh-talks.txt').fill('Arab News');
    await shot(page, 'add-articles-form.png');
    await page.getByTestId('import-extract').click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 20000 });
    await waitIdle(page, before.layouts + 1);

    expect(await relationsIn()).toBeGreaterThan(relationsBefore);
    expect((await hook(page)).edges).toBeGreaterThanOrEqual(before.edges);
    const names = await page.getByTestId('import-unknown-names').textContent();
    expect(names).toContain('Saudi Arabia');
    expect(names).toContain('On December 2, Saudi Arabia mediated');
    expect(await page.getByTestId('import-new-relations').textContent()).toContain('Ishaq Dar → Iran');
    const strengthened = page.getByTestId('import-strengthened');
    expect(await strengthened.textContent()).toContain('Khawaja Asif → Afghanistan');
    expect(await page.getByTestId('status').textContent()).toContain('not in the URL');
    expect(page.url()).not.toContain('riyadh');
    await page.waitForTimeout(500); // the summary scrolls into view smoothly
    await shot(page, 'add-articles-result.png');

    // The accusation now carries the new article's sentence among its evidence.
    await strengthened.getByRole('button', { name: 'Khawaja Asif → Afghanistan' }).click();
    const relation = page.getByTestId('relation-panel');
    await relation.waitFor();
    expect(await relation.textContent()).toContain('accused Kabul of sheltering militants');

    // "Saudi Arabia" is added as a state from its unknown-name row; extracting again finds its mediation.
    const unknown = page.getByTestId('import-unknown-names');
    await unknown.getByRole('button', { name: 'Add as actor: Saudi Arabia' }).click();
    const form = page.getByTestId('actor-form');
    expect(await form.getByLabel('Display name').inputValue()).toBe('Saudi Arabia');
    expect(await form.getByLabel(/^Id/).inputValue()).toBe('saudi-arabia');
    expect(await form.getByLabel(/^Aliases/).inputValue()).toBe('Saudi Arabia');
    await form.getByLabel(/^Type/).selectOption({ label: 'State' });
    await form.getByLabel(/^Demonyms/).fill('Saudi');
    await form.scrollIntoViewIfNeeded();
    await shot(page, 'add-articles-actor-form.png');
    await form.getByRole('button', { name: 'Add actor' }).click();
    const additions = page.getByTestId('actor-additions');
    expect(await additions.textContent()).toContain('Saudi Arabia');
    const reextract = async () => {
      const layouts = (await hook(page)).layouts;
      await additions.getByRole('button', { name: 'Extract again' }).click();
      await additions.getByRole('button', { name: 'Extract again' }).waitFor({ timeout: 20000 });
      return layouts;
    };
    const layoutsBefore = await reextract();
    // Each row shows its name in <strong> (the quoted sentences may mention other names).
    const unknownGone = (name: string) =>
      page.waitForFunction((n) => ![...document.querySelectorAll('[data-testid="import-unknown-names"] > li > strong')].some((el) => el.textContent === n), name, { timeout: 20000 });
    await unknownGone('Saudi Arabia');
    await waitIdle(page, layoutsBefore + 1);
    const graphJson = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-download').click()]);
      expect(download.suggestedFilename()).toBe('graph.json');
      return JSON.parse(await readFile((await download.path())!, 'utf8')) as { documents: { id: string }[]; actors: { id: string }[]; relations: { id: string }[] };
    };
    const withSaudi = await graphJson();
    expect(withSaudi.actors.map((a) => a.id)).toContain('saudi-arabia');
    expect(withSaudi.relations.map((r) => r.id)).toContain('mediates:saudi-arabia->pakistan');
    expect(await page.getByTestId('import-new-relations').textContent()).toContain('Saudi Arabia →');

    // An alias another actor already has ("Kabul" is Afghanistan's) is the extractor's error; the graph stays.
    const relationsWithSaudi = await relationsIn();
    await unknown.getByRole('button', { name: 'Add as actor: Riyadh' }).click();
    await form.getByLabel(/^Type/).selectOption({ label: 'Other group' });
    await form.getByLabel(/^Aliases/).fill('Riyadh, Kabul');
    await form.getByRole('button', { name: 'Add actor' }).click();
    await additions.getByRole('button', { name: 'Extract again' }).click();
    const actorsError = page.getByTestId('actors-error');
    await actorsError.waitFor({ timeout: 20000 });
    expect(await actorsError.textContent()).toMatch(/graph-data\/actors\.yaml:\d+: alias "Kabul" of actor "riyadh" is already claimed by actor "afghanistan"/);
    expect(await page.getByTestId('import-error').count()).toBe(0);
    expect(await relationsIn()).toBe(relationsWithSaudi);
    await actorsError.scrollIntoViewIfNeeded();
    await shot(page, 'add-articles-actors-error.png');

    // Riyadh becomes an alias of Saudi Arabia instead; actors.yaml downloads with the addition appended.
    await additions.getByRole('button', { name: 'Remove actor Riyadh' }).click();
    await unknown.getByRole('button', { name: 'Add as alias of…: Riyadh' }).click();
    await page.getByTestId('alias-form').getByLabel('Add “Riyadh” as an alias of').selectOption({ label: 'Saudi Arabia' });
    await page.getByTestId('alias-form').getByRole('button', { name: 'Add alias' }).click();
    expect(await additions.textContent()).toContain('aka Riyadh');
    await reextract();
    await actorsError.waitFor({ state: 'detached' });
    await unknownGone('Riyadh');
    await additions.scrollIntoViewIfNeeded();
    await shot(page, 'add-articles-reextracted.png');
    const [actorsDownload] = await Promise.all([page.waitForEvent('download'), additions.getByRole('button', { name: 'Download actors.yaml' }).click()]);
    expect(actorsDownload.suggestedFilename()).toBe('actors.yaml');
    const actorsYaml = await readFile((await actorsDownload.path())!, 'utf8');
    expect(actorsYaml).toMatch(/^# Hand-made actor dictionary/);
    expect(actorsYaml).toContain('  - id: saudi-arabia\n    name: Saudi Arabia\n    type: state\n    aliases: [Saudi Arabia, Riyadh]\n    demonyms: [Saudi]\n');

    const saved = await graphJson();
    expect(saved.documents.map((d) => d.id)).toContain('riyadh-talks');
    expect(saved.relations.length).toBe(await relationsIn());

    await page.getByTestId('import-back').click();
    await page.waitForFunction((n) => window.__explorer!.edges === n, before.edges);
    expect(await relationsIn()).toBe(relationsBefore);
    await page.close();
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
