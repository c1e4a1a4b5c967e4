import { describe, expect, it } from 'vitest';
import { validateGraphDocument } from '../../../src/core/model/validateGraphDocument.ts';
import { readJson } from '../helpers/loadFixture.ts';

// A fresh deep copy each time, so a test can break one thing without affecting the others.
const mini = () => structuredClone(readJson('mini-graph.json')) as any;

describe('validateGraphDocument', () => {
  it('rejects values that are not graph documents, naming the file', () => {
    expect(() => validateGraphDocument(null, 'g.json')).toThrow(/validateGraphDocument: g\.json: \/ must be object/);
    expect(() => validateGraphDocument([], 'g.json')).toThrow(/g\.json/);
    expect(() => validateGraphDocument({ documents: [], actors: [] }, 'g.json')).toThrow(/must have required property 'relations'/);
  });

  it('names the JSON path of a shape error', () => {
    const doc = mini();
    doc.relations[3].evidence[0].start = -1;
    expect(() => validateGraphDocument(doc, 'x.json')).toThrow(/x\.json: \/relations\/3\/evidence\/0\/start must be >= 0/);
  });

  it('lists allowed values for an unknown relation or actor type', () => {
    const doc = mini();
    doc.relations[0].type = 'hugs';
    expect(() => validateGraphDocument(doc)).toThrow(/\/relations\/0\/type must be equal to one of the allowed values \(mediates, /);
    const doc2 = mini();
    doc2.actors[1].type = 'planet';
    expect(() => validateGraphDocument(doc2)).toThrow(/\/actors\/1\/type/);
  });

  it('rejects unknown fields and bad dates', () => {
    const doc = mini();
    doc.actors[0].colour = 'red';
    expect(() => validateGraphDocument(doc)).toThrow(/\/actors\/0 must NOT have additional properties \("colour"\)/);
    const doc2 = mini();
    doc2.relations[2].date = '18 October 2025';
    expect(() => validateGraphDocument(doc2)).toThrow(/\/relations\/2\/date must match pattern/);
  });

  it('checks that relation ends and parties are actor ids', () => {
    const doc = mini();
    doc.relations[5].target = 'atlantis';
    expect(() => validateGraphDocument(doc)).toThrow(/\/relations\/5\/target "atlantis" is not an actor id/);
    const doc2 = mini();
    doc2.relations[0].parties = ['pakistan', 'mars'];
    expect(() => validateGraphDocument(doc2)).toThrow(/\/relations\/0\/parties\/1 "mars" is not an actor id/);
  });

  it('checks evidence documents and that quotes equal the text at their offsets', () => {
    const doc = mini();
    doc.relations[1].evidence[0].doc = 'nope';
    expect(() => validateGraphDocument(doc)).toThrow(/\/relations\/1\/evidence\/0\/doc "nope" is not a document id/);
    const doc2 = mini();
    doc2.relations[1].evidence[0].start += 1;
    expect(() => validateGraphDocument(doc2)).toThrow(/\/relations\/1\/evidence\/0\/quote does not equal the text/);
    const doc3 = mini();
    doc3.relations[1].evidence[0].end = 100_000;
    expect(() => validateGraphDocument(doc3)).toThrow(/is past the end of document/);
  });

  it('rejects duplicate ids', () => {
    const doc = mini();
    doc.actors.push({ ...doc.actors[0] });
    expect(() => validateGraphDocument(doc)).toThrow(/duplicates actor id "qatar"/);
    const doc2 = mini();
    doc2.relations.push({ ...doc2.relations[0] });
    expect(() => validateGraphDocument(doc2)).toThrow(/duplicates relation id/);
  });

  it('accepts the mini fixture and returns it unchanged', () => {
    const doc = mini();
    expect(validateGraphDocument(doc)).toBe(doc);
  });
});
