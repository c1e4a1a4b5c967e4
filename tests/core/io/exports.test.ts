import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import type { ActorGraph } from '../../../src/core/graph/actorGraph.ts';
import { buildGraph } from '../../../src/core/graph/buildGraph.ts';
import { toCsv } from '../../../src/core/io/toCsv.ts';
import { csvField } from '../../../src/core/io/csvField.ts';
import { toCytoscapeJson } from '../../../src/core/io/toCytoscapeJson.ts';
import { toGexf } from '../../../src/core/io/toGexf.ts';
import { toGraphDocument, toGraphDocumentJson } from '../../../src/core/io/toGraphDocumentJson.ts';
import { toGraphml } from '../../../src/core/io/toGraphml.ts';
import { validateGraphDocument } from '../../../src/core/model/validateGraphDocument.ts';
import { miniGraph } from '../helpers/loadFixture.ts';

// Decodes the flat attributes of a parsed GEXF/GraphML graph back into our attribute shapes.
function expectSameGraph(parsed: Graph, original: ActorGraph): void {
  expect(parsed.nodes().sort()).toEqual(original.nodes().sort());
  expect(parsed.edges().sort()).toEqual(original.edges().sort());
  original.forEachNode((id, a) => {
    const p = parsed.getNodeAttributes(id);
    expect(p.name).toBe(a.name);
    expect(p.type).toBe(a.type);
    expect(JSON.parse(p.aliases)).toEqual(a.aliases);
    expect(p.affiliation ?? null).toBe(a.affiliation);
    expect(p.role ?? null).toBe(a.role);
  });
  original.forEachEdge((id, a, source, target) => {
    const p = parsed.getEdgeAttributes(id);
    expect(parsed.source(id)).toBe(source);
    expect(parsed.target(id)).toBe(target);
    expect(parsed.isDirected(id)).toBe(true);
    expect(p.type).toBe(a.type);
    expect(p.date).toBe(a.date);
    expect(p.dateSource).toBe(a.dateSource);
    expect(JSON.parse(p.evidence)).toEqual(a.evidence);
    expect(p.parties === undefined ? undefined : JSON.parse(p.parties)).toEqual(a.parties);
    expect(p.venue).toBe(a.venue);
    expect(p.event).toBe(a.event);
    expect({ documents: Number(p.documents), outlets: Number(p.outlets), mentions: Number(p.mentions) }).toEqual(a.corroboration);
  });
}

// An actor and a quote with characters XML and CSV must escape.
function awkwardGraph(): ActorGraph {
  const doc = structuredClone(miniGraph()) as any;
  doc.actors[0].name = 'Qatar & "Friends" <Doha>, Inc.';
  const awkward = 'He said: "no", <then> & left,\nagain.\u0001';
  const start = doc.documents[0].text.length;
  doc.documents[0].text += awkward;
  doc.relations[0].evidence[0] = { ...doc.relations[0].evidence[0], quote: awkward, start, end: start + awkward.length };
  return buildGraph(validateGraphDocument(doc));
}

describe('toGexf', () => {
  it('round-trips through graphology-gexf with every attribute', () => {
    const g = buildGraph(miniGraph());
    expectSameGraph(parseGexf(Graph, toGexf(g)), g);
  });

  it('escapes XML special characters', () => {
    const g = awkwardGraph();
    const parsed = parseGexf(Graph, toGexf(g));
    expect(parsed.getNodeAttribute('qatar', 'name')).toBe('Qatar & "Friends" <Doha>, Inc.');
    expect(JSON.parse(parsed.getEdgeAttributes(g.edges()[0]!).evidence)[0].quote).toContain('"no", <then> & left,');
  });
});

describe('toGraphml', () => {
  it('round-trips through graphology-graphml with every attribute', () => {
    const g = buildGraph(miniGraph());
    expectSameGraph(parseGraphml(Graph, toGraphml(g)), g);
  });

  it('escapes XML and drops characters XML 1.0 forbids', () => {
    const g = awkwardGraph();
    const xml = toGraphml(g);
    expect(xml).not.toContain('\u0001');
    const parsed = parseGraphml(Graph, xml);
    expect(parsed.getNodeAttribute('qatar', 'name')).toBe('Qatar & "Friends" <Doha>, Inc.');
    // Inside the JSON-encoded evidence the control character is escaped (\\u0001), so it survives exactly.
    expect(JSON.parse(parsed.getEdgeAttributes(g.edges()[0]!).evidence)[0].quote).toBe('He said: "no", <then> & left,\nagain.\u0001');
  });

  it('declares integer attributes as int', () => {
    expect(toGraphml(buildGraph(miniGraph()))).toContain('<key id="e_mentions" for="edge" attr.name="mentions" attr.type="int"/>');
  });
});

// Minimal RFC 4180 reader, to check the writer without trusting it.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('toCsv', () => {
  it('quotes fields only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('writes one row per actor and per relation, with evidence quotes', () => {
    const g = awkwardGraph();
    const { nodes, edges } = toCsv(g);
    const nodeRows = parseCsv(nodes);
    const edgeRows = parseCsv(edges);
    expect(nodeRows[0]).toEqual(['id', 'name', 'type', 'aliases', 'affiliation', 'role']);
    expect(nodeRows.length).toBe(g.order + 1);
    expect(nodeRows.find((r) => r[0] === 'qatar')![1]).toBe('Qatar & "Friends" <Doha>, Inc.');
    expect(nodeRows.find((r) => r[0] === 'khawaja-asif')!.slice(4)).toEqual(['pakistan', 'Defence Minister']);
    expect(edgeRows.length).toBe(g.size + 1);
    for (const row of edgeRows) expect(row.length).toBe(edgeRows[0]!.length);
    const header = edgeRows[0]!;
    const first = edgeRows.find((r) => r[0] === g.edges()[0])!;
    expect(first[header.indexOf('evidence')]).toContain('He said: "no", <then> & left,\nagain.');
    const accuses = edgeRows.find((r) => r[0] === 'accuses:pakistan:afghanistan')!;
    expect(accuses[header.indexOf('mentions')]).toBe('2');
    expect(accuses[header.indexOf('evidence')]!.split('\n').length).toBe(2);
  });
});

describe('toCytoscapeJson', () => {
  it('lists every node and edge with its data, copied not shared', () => {
    const g = buildGraph(miniGraph());
    const { elements } = toCytoscapeJson(g);
    expect(elements.nodes.map((n) => n.data.id).sort()).toEqual(g.nodes().sort());
    expect(elements.edges.length).toBe(g.size);
    const edge = elements.edges.find((e) => e.data.id === 'accuses:pakistan:afghanistan')!;
    expect(edge.data).toMatchObject({ source: 'pakistan', target: 'afghanistan', type: 'accuses', label: 'accuses' });
    (edge.data.evidence as { quote: string }[])[0]!.quote = 'changed';
    expect(g.getEdgeAttribute('accuses:pakistan:afghanistan', 'evidence')[0]!.quote).not.toBe('changed');
    expect(JSON.parse(JSON.stringify(elements))).toEqual(elements);
  });
});

describe('toGraphDocumentJson', () => {
  it('round-trips to an equivalent, valid graph document', () => {
    const doc = miniGraph();
    const json = toGraphDocumentJson(buildGraph(doc));
    const back = validateGraphDocument(JSON.parse(json));
    const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(back.actors)).toEqual(byId(doc.actors));
    expect(byId(back.relations)).toEqual(byId(doc.relations));
    expect(byId(back.documents)).toEqual(byId(doc.documents));
  });

  it('is deterministic whatever the insertion order', () => {
    const doc = miniGraph();
    const reversed = { documents: [...doc.documents].reverse(), actors: [...doc.actors].reverse(), relations: [...doc.relations].reverse() };
    expect(toGraphDocumentJson(buildGraph(reversed))).toBe(toGraphDocumentJson(buildGraph(doc)));
    expect(toGraphDocument(buildGraph(doc)).actors[0]!.id).toBe('afghanistan');
  });
});
