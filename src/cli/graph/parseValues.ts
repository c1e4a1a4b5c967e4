// Checks and converts option values, with errors that name the option as the user typed it.

import { isActorType, isRelationType, ACTOR_TYPES, RELATION_TYPES } from '../../core/index.ts';
import type { ActorType, RelationType } from '../../core/index.ts';
import { CliError } from './cliError.ts';

export function stringOption(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function integerOption(values: Record<string, unknown>, name: string, min: number, max: number): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new CliError(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

export function dateOption(values: Record<string, unknown>, name: string): string | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) {
    throw new CliError(`--${name} must be a date yyyy-mm-dd, got "${raw}"`);
  }
  return raw;
}

/** A comma-separated list ("a,b, c"), or undefined when the option was not given. */
export function listOption(values: Record<string, unknown>, name: string): string[] | undefined {
  const raw = stringOption(values, name);
  return raw === undefined ? undefined : raw.split(',').map((t) => t.trim()).filter(Boolean);
}

function enumListOption<T extends string>(values: Record<string, unknown>, name: string, what: string, known: readonly T[], isKnown: (v: string) => v is T): T[] | undefined {
  const items = listOption(values, name);
  if (items === undefined) return undefined;
  for (const t of items) if (!isKnown(t)) throw new CliError(`--${name}: unknown ${what} "${t}" (known: ${known.join(', ')})`);
  return items as T[];
}

export function relationTypesOption(values: Record<string, unknown>, name: string): RelationType[] | undefined {
  return enumListOption(values, name, 'relation type', RELATION_TYPES, isRelationType);
}

export function actorTypesOption(values: Record<string, unknown>, name: string): ActorType[] | undefined {
  return enumListOption(values, name, 'actor type', ACTOR_TYPES, isActorType);
}

export function requirePositionals(positionals: string[], names: string[], usage: string): string[] {
  if (positionals.length < names.length) {
    throw new CliError(`missing ${names.slice(positionals.length).join(' and ')}; usage: ${usage}`);
  }
  if (positionals.length > names.length) {
    throw new CliError(`unexpected argument "${positionals[names.length]}"; usage: ${usage}`);
  }
  return positionals;
}
