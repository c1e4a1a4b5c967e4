// JSON schema of the graph document (graph-data/graph.json). Shape only: the cross-references
// (actor ids, document ids, quote offsets) are checked in validateGraphDocument, which ajv cannot express.

import { ACTOR_TYPES } from './actorTypes.ts';
import { RELATION_TYPES } from './relationTypes.ts';

const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const nonEmpty = { type: 'string', minLength: 1 } as const;
const dateSource = { enum: ['text', 'article'] } as const;

export const graphDocumentSchema = {
  $id: 'https://actor-graph-explorer/graph-document.json',
  type: 'object',
  required: ['documents', 'actors', 'relations'],
  properties: {
    documents: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'title', 'date', 'outlet', 'file', 'text'],
        additionalProperties: false,
        properties: {
          id: nonEmpty,
          title: { type: 'string' },
          date: isoDate,
          dateEstimated: { type: 'boolean' },
          outlet: { type: ['string', 'null'] },
          file: { type: 'string' },
          text: { type: 'string' },
        },
      },
    },
    actors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'type', 'aliases', 'affiliation', 'role'],
        additionalProperties: false,
        properties: {
          id: nonEmpty,
          name: nonEmpty,
          type: { enum: [...ACTOR_TYPES] },
          aliases: { type: 'array', items: { type: 'string' } },
          affiliation: { type: ['string', 'null'] },
          role: { type: ['string', 'null'] },
        },
      },
    },
    relations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'type', 'source', 'target', 'date', 'dateSource', 'evidence'],
        additionalProperties: false,
        properties: {
          id: nonEmpty,
          type: { enum: [...RELATION_TYPES] },
          source: nonEmpty,
          target: nonEmpty,
          parties: { type: 'array', items: nonEmpty },
          venue: { type: 'string' },
          event: { type: 'string' },
          date: isoDate,
          dateSource,
          evidence: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['doc', 'quote', 'start', 'end', 'date', 'dateSource'],
              additionalProperties: false,
              properties: {
                doc: nonEmpty,
                quote: { type: 'string' },
                start: { type: 'integer', minimum: 0 },
                end: { type: 'integer', minimum: 0 },
                date: isoDate,
                dateSource,
              },
            },
          },
        },
      },
    },
  },
} as const;
