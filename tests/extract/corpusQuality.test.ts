// The bundled corpus: the relations the issue names must be found with the right direction, the
// score against the hand-checked expected relations must not regress, and every piece of evidence
// must be the exact sentence it claims to be.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCorpusFiles } from '../../src/cli/readCorpusFiles.ts';
import { extractCorpus, serializeGraphDocument, type ExtractResult } from '../../src/extract/extractCorpus.ts';
import { evaluateExtraction, loadExpected } from './evaluateExtraction.ts';
import type { Relation } from '../../src/core/model/graphDocument.ts';

let result: ExtractResult;
const find = (type: string, source: string, target: string): Relation | undefined =>
  result.graph.relations.find((r) => r.type === type && r.source === source && r.target === target);
const has = (type: string, source: string, target: string): boolean => find(type, source, target) !== undefined;

beforeAll(() => {
  result = extractCorpus(readCorpusFiles('graph-data'));
});

describe('bundled corpus', () => {
  it('scores against the hand-checked expected relations (printed)', () => {
    const score = evaluateExtraction(result.graph, loadExpected('tests/fixtures/expected'));
    console.log(
      `extraction quality: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}, ` +
        `central recall ${score.centralRecall.toFixed(3)} (${score.truePositives} correct of ${score.extracted} extracted; ${score.expected} expected)`,
    );
    for (const [doc, s] of Object.entries(score.perDoc)) console.log(`  ${doc}: precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)}`);
    // Floors just under the measured figures: a change to the lexicon or resolver that loses
    // relations or adds wrong ones fails here.
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.75);
    expect(score.centralRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the Qatar and Türkiye mediations between Afghanistan and Pakistan, Doha and Istanbul rounds', () => {
    for (const mediator of ['qatar', 'turkey']) {
      for (const party of ['afghanistan', 'pakistan']) {
        const r = result.graph.relations.filter((x) => x.type === 'mediates' && x.source === mediator && x.target === party);
        expect(r.length).toBeGreaterThan(0);
        expect(r.every((x) => x.parties?.includes('afghanistan') && x.parties.includes('pakistan'))).toBe(true);
      }
    }
    expect(find('mediates', 'qatar', 'afghanistan@doha'.split('@')[0]!)).toBeDefined();
    expect(result.graph.relations.some((r) => r.type === 'mediates' && r.source === 'qatar' && r.venue === 'Doha')).toBe(true);
    expect(result.graph.relations.some((r) => r.type === 'mediates' && r.source === 'turkey' && r.venue === 'Istanbul')).toBe(true);
  });

  it("finds Iran's offer to mediate and Pakistan's welcome of it", () => {
    expect(has('offers_mediation', 'iran', 'pakistan')).toBe(true);
    expect(has('offers_mediation', 'iran', 'afghanistan')).toBe(true);
    expect(has('welcomes', 'pakistan', 'iran')).toBe(true);
    expect(has('welcomes', 'tahir-hussain-andrabi', 'iran')).toBe(true);
    expect(find('welcomes', 'tahir-hussain-andrabi', 'iran')!.date).toBe('2025-11-16');
  });

  it('finds the Lavrov–Araghchi phone call of 12 November and the Erdogan–Sharif meeting', () => {
    const call = find('calls', 'abbas-araghchi', 'sergey-lavrov');
    expect(call).toBeDefined();
    expect(call!.evidence.some((e) => e.date === '2025-11-12' && e.dateSource === 'text')).toBe(true);
    expect(has('meets', 'recep-tayyip-erdogan', 'shehbaz-sharif')).toBe(true);
  });

  it('finds the accusations traded by Muttaqi, Mujahid, Tarar and Asif, in the right direction', () => {
    expect(has('accuses', 'amir-khan-muttaqi', 'pakistan')).toBe(true);
    expect(has('accuses', 'zabihullah-mujahid', 'pakistan')).toBe(true);
    expect(has('accuses', 'attaullah-tarar', 'afghanistan')).toBe(true);
    expect(has('accuses', 'khawaja-asif', 'afghanistan')).toBe(true);
    for (const [s, t] of [['pakistan', 'amir-khan-muttaqi'], ['pakistan', 'zabihullah-mujahid'], ['afghanistan', 'attaullah-tarar'], ['afghanistan', 'khawaja-asif']]) {
      expect(has('accuses', s!, t!)).toBe(false);
    }
  });

  it('finds the allegations that Afghanistan harbours the TTP, and the denials', () => {
    const harbour = find('supports', 'afghanistan', 'ttp');
    expect(harbour).toBeDefined();
    expect(harbour!.evidence.length).toBeGreaterThanOrEqual(3);
    expect(has('supports', 'ttp', 'afghanistan')).toBe(false);
    expect(has('accuses', 'pakistan', 'afghanistan')).toBe(true);
    expect(has('denies', 'afghanistan', 'pakistan')).toBe(true);
  });

  it('keeps one evidence item per mention, each the exact sentence at its offsets', () => {
    const docs = new Map(result.graph.documents.map((d) => [d.id, d]));
    let mentions = 0;
    for (const r of result.graph.relations) {
      for (const e of r.evidence) {
        expect(docs.get(e.doc)!.text.slice(e.start, e.end)).toBe(e.quote);
        expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        mentions++;
      }
      const keys = r.evidence.map((e) => `${e.doc}@${e.start}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
    // The central mediation is reported in every article: several articles back it.
    const docsBehind = new Set(find('mediates', 'qatar', 'pakistan')!.evidence.map((e) => e.doc));
    expect(docsBehind.size).toBeGreaterThanOrEqual(3);
    expect(mentions).toBeGreaterThan(result.graph.relations.length);
  });

  it("never reads article 004's cricket teaser", () => {
    const d = result.graph.documents.find((x) => x.id === '004_b53e2c2d944a21f5')!;
    expect(d.text.endsWith('Team Maverick.')).toBe(true);
    expect(d.text).not.toContain('Rutherford');
    expect(result.candidates.some((c) => /Rutherford|West Indies|England/.test(c.name))).toBe(false);
  });

  it('flags dates taken from the article rather than the sentence', () => {
    const all = result.graph.relations.flatMap((r) => r.evidence);
    expect(all.some((e) => e.dateSource === 'article')).toBe(true);
    expect(all.some((e) => e.dateSource === 'text')).toBe(true);
    // "On November 9 … Araghchi said he had spoken with his Pakistani and Afghan counterparts"
    expect(find('calls', 'abbas-araghchi', 'ishaq-dar')?.date).toBe('2025-11-09');
  });

  it('is deterministic, and the committed graph-data/graph.json is up to date', () => {
    const again = extractCorpus(readCorpusFiles('graph-data'));
    expect(serializeGraphDocument(again.graph)).toBe(serializeGraphDocument(result.graph));
    const committed = readFileSync('graph-data/graph.json', 'utf8');
    expect(committed === serializeGraphDocument(result.graph), 'graph-data/graph.json is stale: run npm run extract').toBe(true);
  });

  it('reports unknown capitalised names with their sentences', () => {
    const names = result.candidates.map((c) => c.name);
    expect(names).toContain('Joint Coordination Committee');
    const c = result.candidates.find((x) => x.name === 'Joint Coordination Committee')!;
    expect(c.examples[0]!.sentence).toContain('Joint Coordination Committee sessions');
  });
});
