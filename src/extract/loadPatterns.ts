// Reads the relation lexicon (graph-data/patterns.yaml): verbs and phrases mapped to relation types,
// with where each relation's source and target stand relative to the phrase. Patterns are data, not
// code: a user adds a phrase here, not a branch in the extractor. A pattern that names an unknown
// relation type, an unknown slot or an invalid regular expression is rejected with its line.

import { RELATION_TYPES, isRelationType, type RelationType } from '../core/model/relationTypes.ts';
import { ExtractError } from './ExtractError.ts';
import { parseYamlFile } from './parseYamlFile.ts';

/** Where an argument of a relation is found relative to the trigger phrase. */
export const SOURCE_SLOTS = ['left', 'right', 'possessive', 'subject'] as const;
export const TARGET_SLOTS = ['left', 'right', 'parties', 'counterpart', 'subject', 'possessive', 'right_after'] as const;
export type SourceSlot = (typeof SOURCE_SLOTS)[number];
export type TargetSlot = (typeof TARGET_SLOTS)[number];

export interface RelationPattern {
  readonly id: string;
  readonly type: RelationType;
  readonly trigger: RegExp;
  readonly source: SourceSlot;
  readonly target: TargetSlot;
  /** When the target slot is empty, fall back to the other party of the document's main dyad. */
  readonly counterpartFallback: boolean;
  /** Emit the relation in both directions (e.g. "traded accusations"). */
  readonly mutual: boolean;
  /** The sentence must also match this. */
  readonly requires: RegExp | null;
  /** Skip when the text just before the trigger matches this (negation: "not", "never"). */
  readonly unless: RegExp | null;
  readonly line: number | null;
}

export interface Lexicon {
  readonly patterns: readonly RelationPattern[];
  /** Places that are venues of talks, not actors. */
  readonly venues: readonly string[];
  /** Phrases that stand for both parties of the document's main dyad ("both sides"). */
  readonly groups: readonly string[];
  /** Phrases that stand for the last two states named ("both nations", "the two countries"). */
  readonly pairs: readonly string[];
  /** Reported speech: "X says/maintains/alleges that Y <supports|attacks…>" is also X accusing Y. */
  readonly reportedAccusation: { readonly verbs: RegExp; readonly types: readonly RelationType[] } | null;
  /** Quoted speech: a quote holding a cue word and an actor is the speaker's relation to that actor. */
  readonly quotedSpeech: readonly { readonly type: RelationType; readonly cues: RegExp; readonly counterpartFallback: boolean }[];
  /** Verbs that attribute a quote to a speaker ("” Muttaqi said", "Mujahid said, “"). */
  readonly speechVerbs: RegExp | null;
  /** Phrases that introduce a source of a report, not an actor in it ("according to"). */
  readonly attributions: readonly string[];
  /** Words after which a mention starts a new clause for subject search. */
  readonly clauseBreaks: readonly string[];
  /** Capitalised words that are never candidate actor names. */
  readonly commonWords: readonly string[];
}

const PATTERN_KEYS = new Set(['id', 'type', 'trigger', 'source', 'target', 'counterpart_fallback', 'mutual', 'requires', 'unless', 'note']);

export function loadPatterns(text: string, file: string): Lexicon {
  const yaml = parseYamlFile(text, file);
  const root = yaml.value as Record<string, unknown> | null;
  if (root === null || typeof root !== 'object' || !Array.isArray(root['patterns'])) {
    throw new ExtractError(file, 1, 'expected a top-level "patterns:" list');
  }
  const strings = (key: string): string[] => {
    const v = root[key] ?? [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x === '')) throw new ExtractError(file, yaml.lineAt([key]), `"${key}" must be a list of non-empty strings`);
    return v as string[];
  };
  const regex = (source: string, line: number | null, what: string): RegExp => {
    try {
      return new RegExp(source, 'iu');
    } catch (err) {
      throw new ExtractError(file, line, `${what}: invalid regular expression: ${(err as Error).message}`);
    }
  };
  const ids = new Set<string>();
  const patterns = (root['patterns'] as unknown[]).map((raw, i): RelationPattern => {
    const line = yaml.lineAt(['patterns', i]);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ExtractError(file, line, `pattern #${i + 1} must be a mapping`);
    const p = raw as Record<string, unknown>;
    for (const key of Object.keys(p)) if (!PATTERN_KEYS.has(key)) throw new ExtractError(file, yaml.lineAt(['patterns', i, key]), `pattern #${i + 1}: unknown key "${key}"`);
    const id = typeof p['id'] === 'string' ? p['id'] : `pattern-${i + 1}`;
    if (ids.has(id)) throw new ExtractError(file, line, `duplicate pattern id "${id}"`);
    ids.add(id);
    const type = p['type'];
    if (!isRelationType(type)) {
      throw new ExtractError(file, yaml.lineAt(['patterns', i, 'type']) ?? line, `pattern "${id}": unknown relation type ${JSON.stringify(type)} (known: ${RELATION_TYPES.join(', ')})`);
    }
    if (typeof p['trigger'] !== 'string' || p['trigger'] === '') throw new ExtractError(file, line, `pattern "${id}": missing "trigger"`);
    const triggerLine = yaml.lineAt(['patterns', i, 'trigger']);
    // No leading look-behind: V8 scans much faster from a literal start; the word boundary before
    // the trigger is checked by the matcher (startsWord).
    const trigger = regex(`(?:${p['trigger']})(?![\\p{L}\\p{N}])`, triggerLine, `pattern "${id}" trigger`);
    if (trigger.test('')) throw new ExtractError(file, triggerLine, `pattern "${id}": trigger matches the empty string`);
    const source = (p['source'] ?? 'left') as SourceSlot;
    if (!(SOURCE_SLOTS as readonly string[]).includes(source)) throw new ExtractError(file, yaml.lineAt(['patterns', i, 'source']), `pattern "${id}": unknown source slot "${String(source)}" (one of ${SOURCE_SLOTS.join(', ')})`);
    const target = (p['target'] ?? 'right') as TargetSlot;
    if (!(TARGET_SLOTS as readonly string[]).includes(target)) throw new ExtractError(file, yaml.lineAt(['patterns', i, 'target']), `pattern "${id}": unknown target slot "${String(target)}" (one of ${TARGET_SLOTS.join(', ')})`);
    const flag = (key: string): boolean => {
      const v = p[key] ?? false;
      if (typeof v !== 'boolean') throw new ExtractError(file, yaml.lineAt(['patterns', i, key]), `pattern "${id}": "${key}" must be true or false`);
      return v;
    };
    const optRegex = (key: string, wrap: (s: string) => string): RegExp | null =>
      typeof p[key] === 'string' ? regex(wrap(p[key] as string), yaml.lineAt(['patterns', i, key]), `pattern "${id}" ${key}`) : null;
    return {
      id,
      type,
      trigger,
      source,
      target,
      counterpartFallback: flag('counterpart_fallback'),
      mutual: flag('mutual'),
      requires: optRegex('requires', (s) => s),
      unless: optRegex('unless', (s) => `(?:${s})\\s*$`),
      line,
    };
  });
  return {
    patterns,
    venues: strings('venues'),
    groups: strings('groups'),
    pairs: strings('pairs'),
    quotedSpeech: quotedSpeech(root['quoted_speech'], yaml.lineAt(['quoted_speech']), file, regex),
    speechVerbs: typeof root['speech_verbs'] === 'string' ? regex(`^(?:${root['speech_verbs'] as string})$`, yaml.lineAt(['speech_verbs']), 'speech_verbs') : null,
    reportedAccusation: reportedAccusation(root['reported_accusation'], yaml.lineAt(['reported_accusation']), file, regex),
    attributions: strings('attributions'),
    clauseBreaks: strings('clause_breaks'),
    commonWords: strings('common_words'),
  };
}

function reportedAccusation(
  raw: unknown,
  line: number | null,
  file: string,
  regex: (source: string, line: number | null, what: string) => RegExp,
): Lexicon['reportedAccusation'] {
  if (raw === undefined || raw === null) return null;
  const r = raw as { verbs?: unknown; types?: unknown };
  if (typeof r.verbs !== 'string' || !Array.isArray(r.types)) throw new ExtractError(file, line, '"reported_accusation" needs "verbs" (a regular expression) and "types" (a list)');
  for (const t of r.types) if (!isRelationType(t)) throw new ExtractError(file, line, `"reported_accusation": unknown relation type ${JSON.stringify(t)}`);
  const verbs = regex(`(?<![\\p{L}])(?:${r.verbs})(?![\\p{L}])`, line, 'reported_accusation verbs');
  return { verbs: new RegExp(verbs.source, 'giu'), types: r.types as RelationType[] };
}

function quotedSpeech(
  raw: unknown,
  line: number | null,
  file: string,
  regex: (source: string, line: number | null, what: string) => RegExp,
): Lexicon['quotedSpeech'] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new ExtractError(file, line, '"quoted_speech" must be a list of {type, cues}');
  return raw.map((r: { type?: unknown; cues?: unknown; counterpart_fallback?: unknown }) => {
    if (!isRelationType(r.type)) throw new ExtractError(file, line, `"quoted_speech": unknown relation type ${JSON.stringify(r.type)}`);
    if (typeof r.cues !== 'string') throw new ExtractError(file, line, '"quoted_speech": "cues" must be a regular expression');
    if (r.counterpart_fallback !== undefined && typeof r.counterpart_fallback !== 'boolean') throw new ExtractError(file, line, '"quoted_speech": "counterpart_fallback" must be true or false');
    return { type: r.type, cues: regex(`(?<![\\p{L}])(?:${r.cues})(?![\\p{L}])`, line, 'quoted_speech cues'), counterpartFallback: r.counterpart_fallback === true };
  });
}
