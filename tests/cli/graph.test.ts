// The graph CLI, spawned as a user runs it: output, JSON mode, exports and error exits.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateGraphDocument } from '../../src/core/model/validateGraphDocument.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MINI = join(ROOT, 'tests/fixtures/mini-graph.json');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/graph.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const mini = (...args: string[]) => cli(...args, '--graph', MINI);

describe('graph CLI errors', () => {
  it('exits 2 with one line for an unknown command or option', () => {
    const unknown = mini('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    const option = mini('actors', '--bogus');
    expect(option.code).toBe(2);
    expect(option.stderr.trim().split('\n')).toHaveLength(1);
    expect(option.stderr).toMatch(/Unknown option '--bogus'/);
  });

  it('exits 2 with suggestions for an unknown actor', () => {
    const r = mini('actor', 'pakistn');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('actor-graph actor: unknown actor "pakistn"; did you mean: Pakistan (pakistan)?\n');
  });

  it('exits 2 for an unknown measure, bad bounds and bad dates, without a stack trace', () => {
    for (const args of [
      ['centrality', '--measure', 'fame'],
      ['centrality'],
      ['path', 'ttp', 'qatar', '--all', '--max-length', '0'],
      ['path', 'ttp', 'qatar', '--all', '--max-length', '1000000000'],
      ['path', 'ttp'],
      ['relations', '--from', '12/10/2025'],
      ['relations', '--type', 'hugs'],
      ['ego', 'ttp', '--direction', 'sideways'],
      ['export', '--format', 'pdf'],
      ['export', '--format', 'csv'],
    ]) {
      const r = mini(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it('exits 2 for a missing, non-JSON or invalid graph file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'actor-graph-'));
    writeFileSync(join(dir, 'broken.json'), '{ "documents": [');
    writeFileSync(join(dir, 'invalid.json'), JSON.stringify({ documents: [], actors: [{ id: 'x' }], relations: [] }));
    const missing = cli('actors', '--graph', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read graph file .*nope\.json: no such file/);
    expect(cli('actors', '--graph', join(dir, 'broken.json')).stderr).toMatch(/is not valid JSON/);
    const invalid = cli('actors', '--graph', join(dir, 'invalid.json'));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/invalid\.json: \/actors\/0 must have required property 'name'/);
  });
});

describe('graph CLI commands', () => {
  it('prints help for every command', () => {
    expect(cli('--help').stdout).toMatch(/Commands:\n {2}actors/);
    for (const command of ['actors', 'actor', 'relations', 'mediations', 'centrality', 'path', 'ego', 'communities', 'export']) {
      const r = cli(command, '--help');
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(new RegExp(`^Usage: actor-graph ${command}`));
    }
  });

  it('ranks actors in an aligned table and as JSON', () => {
    const table = mini('centrality', '--measure', 'betweenness', '--top', '2');
    expect(table.code).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^rank\s+id\s+name\s+type\s+betweenness$/);
    expect(lines[2]).toMatch(/^\s*1\s+afghanistan\s+Afghanistan\s+state\s+0\.392857$/);
    expect(lines).toHaveLength(4);
    const json = JSON.parse(mini('centrality', '--measure', 'outDegree', '--json').stdout);
    expect(json[0]).toMatchObject({ rank: 1, score: 4 });
  });

  it('resolves names for actor, path and mediations', () => {
    expect(mini('actor', 'turkiye').stdout).toMatch(/^Turkey \(turkey\)/);
    const paths = JSON.parse(mini('path', 'TTP', 'doha', '--json').stdout);
    expect(paths.paths.map((p: { nodes: string[] }) => p.nodes.join('>'))).toEqual(['ttp>afghanistan>qatar', 'ttp>pakistan>qatar']);
    const between = JSON.parse(mini('mediations', '--between', 'islamabad', 'kabul', '--json').stdout);
    expect(between.map((e: { id: string }) => e.id)).toEqual(['doha-talks-2025-10', 'istanbul-talks-2025-10', 'iran-offer-2025-11']);
    expect(mini('mediations', '--ranking').stdout).toMatch(/1\s+Qatar\s+2\s+2\s+0/);
  });

  it('filters relations by type, date and actor', () => {
    const json = JSON.parse(mini('relations', '--type', 'accuses,welcomes', '--from', '2025-10-20', '--actor', 'pakistan', '--json').stdout);
    expect(json.map((r: { id: string }) => r.id).sort()).toEqual(['accuses:pakistan:afghanistan', 'welcomes:pakistan:qatar']);
  });

  it('exports each format atomically, csv as two files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'actor-graph-export-'));
    for (const format of ['json', 'gexf', 'graphml', 'cyjs']) {
      const out = join(dir, `graph.${format}`);
      const r = mini('export', '--format', format, '--out', out);
      expect(r.code, format).toBe(0);
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(100);
    }
    const back = validateGraphDocument(JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')));
    expect(back.relations).toHaveLength(22);
    expect(mini('export', '--format', 'csv', '--out', join(dir, 'graph.csv')).code).toBe(0);
    expect(existsSync(join(dir, 'graph-nodes.csv')) && existsSync(join(dir, 'graph-edges.csv'))).toBe(true);
    // No temporary files are left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(mini('export', '--format', 'gexf').stdout).toMatch(/^<\?xml/);
  });

  it('runs through the actor-graph bin', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/actor-graph.js'), 'communities', '--graph', MINI, '--json'], { encoding: 'utf8', cwd: tmpdir() });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).count).toBeGreaterThan(0);
  });
});
