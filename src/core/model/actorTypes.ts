// Actor types: what kind of thing an actor is. The UI maps each to a shape and a colour.

export const ACTOR_TYPES = [
  'state',
  'official',
  'armed_group',
  'international_org',
  'state_organ',
  'media',
  'analyst',
  'group',
] as const;

export type ActorType = (typeof ACTOR_TYPES)[number];

export const ACTOR_TYPE_LABEL: Readonly<Record<ActorType, string>> = {
  state: 'State',
  official: 'Official',
  armed_group: 'Armed group',
  international_org: 'International organisation',
  state_organ: 'State organ',
  media: 'Media outlet',
  analyst: 'Analyst / expert',
  group: 'Other group',
};

export function isActorType(value: unknown): value is ActorType {
  return typeof value === 'string' && (ACTOR_TYPES as readonly string[]).includes(value);
}
