// The "Add articles" flow without a browser: the bundled corpus plus a new article is extracted
// in-process (the same function the worker runs); success switches the explorer's graph and
// summarises what changed, failure leaves the graph untouched.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { validateGraphDocument } from '../../../src/core/index.ts';
import { extractWithBundled } from '../../../src/app/import/extractWithBundled.ts';
import type { ExtractionRunner } from '../../../src/app/import/runExtraction.ts';
import { ExplorerState } from '../../../src/app/state/ExplorerState.svelte.ts';
import { ImportState } from '../../../src/app/state/ImportState.svelte.ts';
import bundledJson from '../../../graph-data/graph.json';

const ARTICLE =
  'On December 2, Saudi Arabia mediated a new round of talks between Afghanistan and Pakistan in Riyadh. ' +
  'Pakistani Defence Minister Khawaja Asif accused Kabul of sheltering militants. Foreign Minister Ishaq Dar thanked Iran for its support.';
const inProcess: ExtractionRunner = async (added, actors) => extractWithBundled(added, actors);
const bytes = (s: string) => new TextEncoder().encode(s);

function setup() {
  const explorer = new ExplorerState(validateGraphDocument(bundledJson, 'graph.json'));
  return { explorer, importer: new ImportState(explorer, inProcess) };
}

describe('ImportState', () => {
  it('extracts the bundled articles plus a new one and shows the new graph', async () => {
    const { explorer, importer } = setup();
    const before = explorer.graph.size;
    explorer.selectActor('khawaja-asif');
    importer.addFiles([{ name: 'riyadh.txt', bytes: bytes(ARTICLE) }]);
    expect(importer.drafts).toHaveLength(1);
    expect(await importer.extract()).toBe(false);
    expect(importer.problems).toEqual(['riyadh.txt: the title is required', 'riyadh.txt: the date is required (yyyy-mm-dd)']);

    importer.update('riyadh', { title: 'Saudi Arabia hosts talks', date: '2025-12-03', outlet: 'Arab News' });
    expect(await importer.extract()).toBe(true);
    flushSync();
    expect(explorer.imported).toBe(true);
    expect(explorer.doc.documents.map((d) => d.id)).toContain('riyadh');
    expect(explorer.graph.size).toBeGreaterThan(before);
    expect(explorer.selected).toEqual({ kind: 'actor', id: 'khawaja-asif' }); // still there: kept

    const s = importer.summary!;
    expect(s).toMatchObject({ addedArticles: 1, relationsBefore: before, relations: explorer.graph.size });
    expect(s.newRelations.map((r) => r.id)).toContain('thanks:ishaq-dar->iran');
    expect(s.strengthened.map((r) => r.id)).toContain('accuses:khawaja-asif->afghanistan');
    const saudi = s.unknownNames.find((n) => n.name === 'Saudi Arabia');
    expect(saudi?.sentence).toMatch(/^On December 2, Saudi Arabia mediated/);
    const accusation = explorer.graph.getEdgeAttributes('accuses:khawaja-asif->afghanistan');
    expect(accusation.evidence.some((e) => e.doc === 'riyadh')).toBe(true);
    expect(JSON.parse(importer.graphJson()).documents).toHaveLength(explorer.doc.documents.length);

    importer.backToBundled();
    expect(explorer.imported).toBe(false);
    expect(explorer.graph.size).toBe(before);
    importer.showExtracted();
    expect(explorer.doc.documents.map((d) => d.id)).toContain('riyadh');
  });

  it('reports a sidecar without a date with file and line, and keeps the current graph', async () => {
    const { explorer, importer } = setup();
    const doc = explorer.doc;
    importer.addFiles([
      { name: 'riyadh.txt', bytes: bytes(ARTICLE) },
      { name: 'riyadh.meta.yaml', bytes: bytes('title: Riyadh talks\noutlet: Arab News\n') },
    ]);
    expect(await importer.extract()).toBe(false);
    expect(importer.failure).toMatchObject({ file: 'riyadh.meta.yaml', line: 1 });
    expect(importer.failure?.problem).toMatch(/missing "date"/);
    expect(explorer.doc).toBe(doc);
    expect(explorer.imported).toBe(false);
  });

  it('refuses an empty file before extraction and drops selections the new graph lacks', async () => {
    const { explorer, importer } = setup();
    importer.addFiles([{ name: 'empty.txt', bytes: new Uint8Array() }]);
    expect(importer.problems).toEqual(['empty.txt: the file is empty']);
    expect(importer.drafts).toEqual([]);

    explorer.showDocument({ documents: [], actors: [], relations: [] }, true);
    explorer.selectActor('qatar');
    explorer.showBundled();
    explorer.showDocument({ documents: [], actors: [], relations: [] }, true);
    expect(explorer.selected).toBeNull();
  });

  it('extracts again with added actors: Saudi relations appear; a claimed alias is the extractor\'s error', async () => {
    const { explorer, importer } = setup();
    importer.addFiles([{ name: 'riyadh.txt', bytes: bytes(ARTICLE) }]);
    importer.update('riyadh', { title: 'Saudi Arabia hosts talks', date: '2025-12-03', outlet: '' });
    expect(await importer.extract()).toBe(true);
    expect(importer.summary!.unknownNames.map((n) => n.name)).toContain('Riyadh');

    importer.addActor({ id: 'saudi-arabia', name: 'Saudi Arabia', type: 'state', aliases: ['Saudi Arabia'], demonyms: ['Saudi'], affiliation: null, role: null });
    importer.addAlias('saudi-arabia', 'Riyadh');
    importer.addAlias('saudi-arabia', 'Riyadh');
    expect(importer.actorAdditions[0]!.aliases).toEqual(['Saudi Arabia', 'Riyadh']);
    expect(await importer.extract()).toBe(true);
    flushSync();
    expect(explorer.graph.hasEdge('mediates:saudi-arabia->pakistan')).toBe(true);
    expect(explorer.graph.getNodeAttribute('saudi-arabia', 'type')).toBe('state');
    expect(importer.summary!.unknownNames.map((n) => n.name)).not.toContain('Riyadh');
    const yaml = await importer.actorsYaml();
    expect(yaml).toMatch(/^# Hand-made actor dictionary/);
    expect(yaml).toContain('  - id: saudi-arabia\n    name: Saudi Arabia\n    type: state\n    aliases: [Saudi Arabia, Riyadh]\n');

    const doc = explorer.doc;
    importer.addActor({ id: 'kabul-city', name: 'Kabul City', type: 'group', aliases: ['Kabul'], demonyms: [], affiliation: 'saudi-arabia', role: null });
    expect(await importer.extract()).toBe(false);
    expect(importer.failure).toMatchObject({ file: 'graph-data/actors.yaml' });
    expect(importer.failure!.problem).toMatch(/^alias "Kabul" of actor "kabul-city" is already claimed by actor "afghanistan"/);
    expect(explorer.doc).toBe(doc);

    importer.removeActor('kabul-city');
    expect(importer.actorAdditions.map((a) => a.id)).toEqual(['saudi-arabia']);
  });
});
