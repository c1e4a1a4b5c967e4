// Checks that an unknown JSON value is a well-formed graph document before anything builds on it:
// the shape through ajv and the JSON schema, then the references ajv cannot see (ids, offsets).

import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { graphDocumentSchema } from './graphDocumentSchema.ts';
import type { GraphDocument } from './graphDocument.ts';

// Compiling the schema costs a few milliseconds; do it once per validator call site lazily.
let compiled: ValidateFunction | null = null;

function schemaValidator(): ValidateFunction {
  if (compiled === null) {
    const ajv = new Ajv({ allErrors: false, strict: true });
    compiled = ajv.compile(graphDocumentSchema);
  }
  return compiled;
}

/**
 * Returns `value` typed as a GraphDocument, or throws an Error naming the file, the JSON path
 * (e.g. `/relations/3/evidence/0/start`) and the problem.
 */
export function validateGraphDocument(value: unknown, fileName = 'graph document'): GraphDocument {
  const fail = (path: string, problem: string): never => {
    throw new Error(`validateGraphDocument: ${fileName}: ${path || '/'} ${problem}`);
  };

  const validate = schemaValidator();
  if (!validate(value)) {
    const error = validate.errors?.[0];
    const extra =
      error?.keyword === 'enum'
        ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`
        : error?.keyword === 'additionalProperties'
          ? ` ("${(error.params as { additionalProperty: string }).additionalProperty}")`
          : '';
    fail(error?.instancePath ?? '', `${error?.message ?? 'is invalid'}${extra}`);
  }
  const doc = value as GraphDocument;

  const texts = new Map<string, string>();
  doc.documents.forEach((d, i) => {
    if (texts.has(d.id)) fail(`/documents/${i}/id`, `duplicates document id "${d.id}"`);
    texts.set(d.id, d.text);
  });

  const actorIds = new Set<string>();
  doc.actors.forEach((a, i) => {
    if (actorIds.has(a.id)) fail(`/actors/${i}/id`, `duplicates actor id "${a.id}"`);
    actorIds.add(a.id);
  });

  const relationIds = new Set<string>();
  doc.relations.forEach((r, i) => {
    const at = `/relations/${i}`;
    if (relationIds.has(r.id)) fail(`${at}/id`, `duplicates relation id "${r.id}"`);
    relationIds.add(r.id);
    if (!actorIds.has(r.source)) fail(`${at}/source`, `"${r.source}" is not an actor id`);
    if (!actorIds.has(r.target)) fail(`${at}/target`, `"${r.target}" is not an actor id`);
    r.parties?.forEach((p, j) => {
      if (!actorIds.has(p)) fail(`${at}/parties/${j}`, `"${p}" is not an actor id`);
    });
    r.evidence.forEach((e, j) => {
      const ev = `${at}/evidence/${j}`;
      const text = texts.get(e.doc);
      if (text === undefined) return fail(`${ev}/doc`, `"${e.doc}" is not a document id`);
      if (e.end < e.start) fail(`${ev}/end`, `is before start (${e.start} > ${e.end})`);
      if (e.end > text.length) fail(`${ev}/end`, `is past the end of document "${e.doc}" (${text.length} characters)`);
      if (text.slice(e.start, e.end) !== e.quote) {
        fail(`${ev}/quote`, `does not equal the text of document "${e.doc}" at ${e.start}..${e.end}`);
      }
    });
  });

  return doc;
}
