// Bad input gets one clear line naming the file, the line and the problem, exit code 2, and the
// graph already on disk is left exactly as it was. Adding an article by dropping a .txt and its
// metadata into sources/ grows the graph.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';

let dir: string;
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', '--data', dir, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const graphFile = () => join(dir, 'graph.json');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'actor-graph-'));
  cpSync('graph-data', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function expectRejected(pattern: RegExp): void {
  const before = readFileSync(graphFile(), 'utf8');
  const r = run();
  expect(r.code).toBe(2);
  expect(r.err).toMatch(pattern);
  expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  expect(readFileSync(graphFile(), 'utf8')).toBe(before);
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}

describe('npm run extract on bad input', () => {
  it('rejects malformed YAML with its line', () => {
    const f = join(dir, 'actors.yaml');
    const lines = readFileSync(f, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('id: qatar'));
    lines[at + 1] = '    name: Qatar: Doha';
    writeFileSync(f, lines.join('\n'));
    expectRejected(new RegExp(`actors\\.yaml:${at + 2}: malformed YAML`));
  });

  it('rejects one alias claimed by two actors', () => {
    const f = join(dir, 'actors.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('aliases: [Iran, Tehran]', 'aliases: [Iran, Tehran, Kabul]'));
    expectRejected(/actors\.yaml:\d+: alias "Kabul" of actor "iran" is already claimed by actor "afghanistan"/);
  });

  it('rejects a pattern naming an unknown relation type', () => {
    const f = join(dir, 'patterns.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('type: thanks', 'type: gratitude'));
    expectRejected(/patterns\.yaml:\d+: pattern "thank": unknown relation type "gratitude"/);
  });

  it('rejects a source without a date', () => {
    const f = join(dir, 'sources', '003_8c44d34975bbdda7.meta.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^date: .*$/m, ''));
    expectRejected(/003_8c44d34975bbdda7\.meta\.yaml:1: missing "date"/);
  });

  it('rejects an article with no metadata file', () => {
    writeFileSync(join(dir, 'sources', 'new.txt'), 'Qatar mediated talks between Afghanistan and Pakistan.\n');
    expectRejected(/new\.meta\.yaml: missing metadata file for .*new\.txt/);
  });

  it('rejects an empty file', () => {
    writeFileSync(join(dir, 'sources', '003_8c44d34975bbdda7.txt'), '');
    expectRejected(/003_8c44d34975bbdda7\.txt: the file is empty/);
  });

  it('rejects a binary file with the line of the NUL byte', () => {
    writeFileSync(join(dir, 'sources', '003_8c44d34975bbdda7.txt'), Buffer.from('line one\nline two\n\u0000\u0001\u0002binary', 'latin1'));
    expectRejected(/003_8c44d34975bbdda7\.txt:3: binary content/);
  });

  it('rejects invalid UTF-8 with its line', () => {
    writeFileSync(join(dir, 'sources', '003_8c44d34975bbdda7.txt'), Buffer.concat([Buffer.from('Good line.\nBad '), Buffer.from([0xc3, 0x28]), Buffer.from(' here.\n')]));
    expectRejected(/003_8c44d34975bbdda7\.txt:2: invalid UTF-8 \(byte 0xc3/);
  });

  it('--check says whether the written graph is stale', () => {
    expect(run('--check').code).toBe(0);
    writeFileSync(graphFile(), '{}\n');
    const r = run('--check');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/stale/);
  });
});

describe('adding an article', () => {
  it('grows the graph from a new .txt and its metadata, with evidence from the new article', () => {
    writeFileSync(
      join(dir, 'sources', '900_saudi_talks.txt'),
      [
        'Saudi Arabia Hosts New Round',
        '',
        'On December 2, Saudi Arabia mediated a new round of talks between Afghanistan and Pakistan in Riyadh.',
        'Pakistani Defence Minister Khawaja Asif accused Kabul of sheltering militants.',
        'Iran welcomed the Saudi initiative and Sheikh Tamim of Qatar thanked Saudi Arabia.',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'sources', '900_saudi_talks.meta.yaml'), 'title: Saudi Arabia Hosts New Round\ndate: 2025-12-03\noutlet: Test Wire\n');
    const actors = join(dir, 'actors.yaml');
    writeFileSync(actors, `${readFileSync(actors, 'utf8').trimEnd()}\n  - id: saudi-arabia\n    name: Saudi Arabia\n    type: state\n    aliases: [Riyadh]\n    demonyms: [Saudi]\n    affiliation: null\n    role: null\n    references: []\n`);
    const r = run('--json');
    expect(r.code, r.err).toBe(0);
    const graph = JSON.parse(readFileSync(graphFile(), 'utf8')) as import('../../src/core/model/graphDocument.ts').GraphDocument;
    expect(graph.documents.map((d) => d.id)).toContain('900_saudi_talks');
    expect(graph.documents.find((d) => d.id === '900_saudi_talks')!.outlet).toBe('Test Wire');
    const mediation = graph.relations.find((x) => x.type === 'mediates' && x.source === 'saudi-arabia' && x.target === 'pakistan')!;
    expect(mediation).toBeDefined();
    expect(mediation.parties).toEqual(['afghanistan', 'pakistan']);
    const ev = mediation.evidence.find((e) => e.doc === '900_saudi_talks')!;
    expect(ev.date).toBe('2025-12-02');
    expect(ev.dateSource).toBe('text');
    const accusation = graph.relations.find((x) => x.type === 'accuses' && x.source === 'khawaja-asif' && x.target === 'afghanistan')!;
    expect(accusation.evidence.some((e) => e.doc === '900_saudi_talks')).toBe(true);
    expect(graph.relations.some((x) => x.type === 'welcomes' && x.source === 'iran' && x.target === 'saudi-arabia')).toBe(true);
    // "Sheikh Tamim" is not in the dictionary: it is reported as a candidate, not dropped silently.
    const stats = JSON.parse(r.out) as { candidates: { name: string }[] };
    expect(stats.candidates.map((c) => c.name)).toContain('Sheikh Tamim');
  });
});
