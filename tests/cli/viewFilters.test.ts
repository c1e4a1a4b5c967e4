// The view filters every graph command accepts (--from/--to, --actor-types, --docs), run in-process.
import { describe, expect, it } from 'vitest';
import { runGraphCli } from '../../src/cli/graph/runGraphCli.ts';

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runGraphCli(['--graph', 'tests/fixtures/mini-graph.json', ...argv], { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('graph CLI view filters', () => {
  it('answers on the date window only', () => {
    const all = JSON.parse(run('relations', '--json').out) as { evidence: { date: string }[] }[];
    const from = '2025-11-01';
    const some = JSON.parse(run('relations', '--json', '--from', from).out) as { evidence: { date: string }[] }[];
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(all.length);
    for (const r of some) for (const e of r.evidence) expect(e.date >= from).toBe(true);
  });

  it('keeps only the chosen actor types, for every command', () => {
    const rows = JSON.parse(run('centrality', '--measure', 'degree', '--json', '--actor-types', 'state').out) as { type: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.type === 'state')).toBe(true);
  });

  it('keeps only evidence from the chosen articles, and names an unknown article', () => {
    const docs = JSON.parse(run('relations', '--json').out) as { evidence: { doc: string }[] }[];
    const doc = docs[0]!.evidence[0]!.doc;
    const only = JSON.parse(run('relations', '--json', '--docs', doc).out) as { evidence: { doc: string }[] }[];
    expect(only.every((r) => r.evidence.every((e) => e.doc === doc))).toBe(true);
    const bad = run('actors', '--docs', 'no-such-article');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--docs: unknown document "no-such-article"/);
  });

  it('rejects a malformed date and an unknown actor type with exit code 2', () => {
    expect(run('actors', '--from', '14/11/2025')).toMatchObject({ code: 2, err: expect.stringMatching(/--from must be a date yyyy-mm-dd/) });
    expect(run('actors', '--actor-types', 'planet')).toMatchObject({ code: 2, err: expect.stringMatching(/unknown actor type "planet"/) });
  });
});
