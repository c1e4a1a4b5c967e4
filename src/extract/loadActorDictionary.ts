// Reads the actor dictionary (graph-data/actors.yaml) into actors for the graph document and the
// surface forms the mention finder looks for. Every problem names the file and line: a missing id,
// an unknown type, an affiliation that names no actor, one alias claimed by two actors.

import type { Actor } from '../core/model/graphDocument.ts';
import { isActorType, ACTOR_TYPES } from '../core/model/actorTypes.ts';
import { ExtractError } from './ExtractError.ts';
import { parseYamlFile } from './parseYamlFile.ts';
import { foldText } from './foldText.ts';

export type SurfaceKind = 'name' | 'demonym' | 'reference';

export interface SurfaceForm {
  readonly text: string;
  readonly actor: string;
  readonly kind: SurfaceKind;
}

export interface ActorDictionary {
  readonly actors: readonly Actor[];
  readonly byId: ReadonlyMap<string, Actor>;
  readonly forms: readonly SurfaceForm[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEYS = new Set(['id', 'name', 'type', 'aliases', 'demonyms', 'affiliation', 'role', 'references', 'note']);

export function loadActorDictionary(text: string, file: string): ActorDictionary {
  const yaml = parseYamlFile(text, file);
  const root = yaml.value as { actors?: unknown } | null;
  if (root === null || typeof root !== 'object' || !Array.isArray(root.actors)) {
    throw new ExtractError(file, 1, 'expected a top-level "actors:" list');
  }
  const entries = root.actors as unknown[];
  const actors: Actor[] = [];
  const forms: SurfaceForm[] = [];
  const claimed = new Map<string, { actor: string; line: number | null }>();
  const ids = new Map<string, number | null>();
  const affiliations: { actor: string; affiliation: string; line: number | null }[] = [];

  entries.forEach((raw, i) => {
    const line = yaml.lineAt(['actors', i]);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ExtractError(file, line, `actor #${i + 1} must be a mapping`);
    const e = raw as Record<string, unknown>;
    for (const key of Object.keys(e)) if (!KEYS.has(key)) throw new ExtractError(file, yaml.lineAt(['actors', i, key]), `unknown key "${key}" in actor #${i + 1}`);
    const id = e['id'];
    if (typeof id !== 'string' || !SLUG.test(id)) throw new ExtractError(file, yaml.lineAt(['actors', i, 'id']) ?? line, `actor #${i + 1}: "id" must be a lowercase slug (a-z, 0-9, hyphens), got ${JSON.stringify(id)}`);
    if (ids.has(id)) throw new ExtractError(file, line, `duplicate actor id "${id}" (first at line ${ids.get(id)})`);
    ids.set(id, line);
    const name = e['name'];
    if (typeof name !== 'string' || name.trim() === '') throw new ExtractError(file, line, `actor "${id}": missing "name"`);
    const type = e['type'];
    if (!isActorType(type)) throw new ExtractError(file, yaml.lineAt(['actors', i, 'type']) ?? line, `actor "${id}": unknown type ${JSON.stringify(type)} (one of ${ACTOR_TYPES.join(', ')})`);
    const list = (key: string): string[] => {
      const v = e[key] ?? [];
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
        throw new ExtractError(file, yaml.lineAt(['actors', i, key]) ?? line, `actor "${id}": "${key}" must be a list of non-empty strings`);
      }
      return (v as string[]).map((x) => x.trim());
    };
    const aliases = list('aliases');
    const demonyms = list('demonyms');
    const references = list('references');
    const optionalText = (key: string): string | null => {
      const v = e[key] ?? null;
      if (v !== null && (typeof v !== 'string' || v.trim() === '')) throw new ExtractError(file, yaml.lineAt(['actors', i, key]) ?? line, `actor "${id}": "${key}" must be text or null`);
      return v === null ? null : (v as string).trim();
    };
    const affiliation = optionalText('affiliation');
    const role = optionalText('role');
    if (affiliation !== null) affiliations.push({ actor: id, affiliation, line: yaml.lineAt(['actors', i, 'affiliation']) });

    const claim = (surface: string, kind: SurfaceKind, key: string): void => {
      const folded = foldText(surface.replace(/['’]s$/u, ''));
      const prior = claimed.get(folded);
      if (prior && prior.actor !== id) {
        throw new ExtractError(file, yaml.lineAt(['actors', i, key]) ?? line, `alias "${surface}" of actor "${id}" is already claimed by actor "${prior.actor}" (line ${prior.line})`);
      }
      claimed.set(folded, { actor: id, line });
      forms.push({ text: surface, actor: id, kind });
    };
    claim(name.trim(), 'name', 'name');
    for (const a of aliases) claim(a, 'name', 'aliases');
    for (const d of demonyms) claim(d, 'demonym', 'demonyms');
    for (const r of references) forms.push({ text: r, actor: id, kind: 'reference' });

    // The name is not repeated among the aliases.
    actors.push({ id, name: name.trim(), type, aliases: [...new Set([...aliases, ...demonyms])].filter((a) => a !== name.trim()), affiliation, role });
  });

  for (const a of affiliations) {
    if (!ids.has(a.affiliation)) throw new ExtractError(file, a.line, `actor "${a.actor}": affiliation "${a.affiliation}" is not an actor id`);
  }
  actors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { actors, byId: new Map(actors.map((a) => [a.id, a])), forms };
}
