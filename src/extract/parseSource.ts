// Builds a source document from an article's text and its metadata sidecar (<name>.meta.yaml):
// checks the metadata and cuts the text where the story ends, so unrelated trailing text
// (a teaser for another story) never yields actors.

import type { SourceDocument } from '../core/model/graphDocument.ts';
import { ExtractError } from './ExtractError.ts';
import { parseYamlFile } from './parseYamlFile.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KNOWN_KEYS = new Set(['title', 'date', 'date_estimated', 'outlet', 'original_file', 'story_ends_after']);

export interface SourceInput {
  /** Document id: the file name without ".txt". */
  readonly id: string;
  readonly textFile: string;
  readonly text: string;
  readonly metaFile: string;
  /** Metadata YAML text, or null when the sidecar is missing. */
  readonly metaText: string | null;
}

export function parseSource(input: SourceInput): SourceDocument {
  const { metaFile } = input;
  if (input.metaText === null) {
    throw new ExtractError(metaFile, null, `missing metadata file for ${input.textFile} (it needs at least title and date)`);
  }
  const yaml = parseYamlFile(input.metaText, metaFile);
  const meta = yaml.value;
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) {
    throw new ExtractError(metaFile, 1, 'metadata must be a mapping with title and date');
  }
  const m = meta as Record<string, unknown>;
  for (const key of Object.keys(m)) {
    if (!KNOWN_KEYS.has(key)) throw new ExtractError(metaFile, yaml.lineAt([key]), `unknown metadata key "${key}" (known: ${[...KNOWN_KEYS].join(', ')})`);
  }
  const title = m['title'];
  if (typeof title !== 'string' || title.trim() === '') throw new ExtractError(metaFile, yaml.lineAt(['title']) ?? 1, 'missing or empty "title"');
  // YAML may read an unquoted 2025-11-14 as a Date; accept both forms.
  const rawDate = m['date'] instanceof Date ? (m['date'] as Date).toISOString().slice(0, 10) : m['date'];
  if (rawDate === undefined || rawDate === null) throw new ExtractError(metaFile, 1, 'missing "date": every source needs a publication date (yyyy-mm-dd)');
  if (typeof rawDate !== 'string' || !ISO_DATE.test(rawDate) || Number.isNaN(Date.parse(`${rawDate}T00:00:00Z`))) {
    throw new ExtractError(metaFile, yaml.lineAt(['date']), `"date" must be an ISO date yyyy-mm-dd, got ${JSON.stringify(rawDate)}`);
  }
  const outlet = m['outlet'] ?? null;
  if (outlet !== null && typeof outlet !== 'string') throw new ExtractError(metaFile, yaml.lineAt(['outlet']), '"outlet" must be text or null');
  const estimated = m['date_estimated'] ?? false;
  if (typeof estimated !== 'boolean') throw new ExtractError(metaFile, yaml.lineAt(['date_estimated']), '"date_estimated" must be true or false');
  const original = m['original_file'] ?? input.textFile;
  if (typeof original !== 'string') throw new ExtractError(metaFile, yaml.lineAt(['original_file']), '"original_file" must be text');

  let text = input.text.replace(/^\uFEFF/, '');
  const endsAfter = m['story_ends_after'];
  if (endsAfter !== undefined) {
    if (typeof endsAfter !== 'string' || endsAfter === '') throw new ExtractError(metaFile, yaml.lineAt(['story_ends_after']), '"story_ends_after" must be non-empty text');
    const at = text.indexOf(endsAfter);
    if (at < 0) throw new ExtractError(metaFile, yaml.lineAt(['story_ends_after']), `"story_ends_after" text ${JSON.stringify(endsAfter)} does not occur in ${input.textFile}`);
    text = text.slice(0, at + endsAfter.length);
  }
  text = text.replace(/\s+$/, '');
  if (text === '') throw new ExtractError(input.textFile, null, 'the article has no text');

  return {
    id: input.id,
    title: title.trim(),
    date: rawDate,
    ...(estimated ? { dateEstimated: true } : {}),
    outlet: typeof outlet === 'string' ? outlet : null,
    file: original,
    text,
  };
}
