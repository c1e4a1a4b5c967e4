// The shareable part of the explorer's state and its URL form. Pure functions, so a round trip
// is unit-tested: encode(decode(x)) keeps every field, and junk in a hand-edited link is dropped
// rather than crashing the app.

import { isActorType, isRelationType } from '../../core/model/index.ts';
import type { ActorType, RelationType } from '../../core/model/index.ts';
import { isLayoutName } from '../render/layoutNames.ts';
import type { LayoutName } from '../render/layoutNames.ts';
import { COLOR_MODES, PANEL_NAMES, PATH_MODES } from './viewTypes.ts';
import type { ArticleRef, ColorMode, EgoFocus, PanelName, PathQuery, Selection } from './viewTypes.ts';

export interface UrlFilter {
  readonly relationTypes?: readonly RelationType[];
  readonly actorTypes?: readonly ActorType[];
  readonly dateFrom?: string;
  readonly dateTo?: string;
  readonly documents?: readonly string[];
  readonly hideIsolated?: boolean;
}

export interface UrlState {
  readonly filter: UrlFilter;
  readonly selected: Selection | null;
  readonly panel: PanelName;
  readonly layout: LayoutName;
  readonly measure: string;
  readonly centralityTypes: readonly RelationType[];
  readonly path: PathQuery | null;
  readonly ego: EgoFocus | null;
  readonly colorBy: ColorMode;
  readonly party: string | null;
  readonly mediation: string | null;
  readonly article: ArticleRef | null;
}

/** Actors without any relation are hidden by default: they crowd the canvas and say nothing. */
export const DEFAULT_FILTER: UrlFilter = { hideIsolated: true };

export const DEFAULT_URL_STATE: UrlState = {
  filter: DEFAULT_FILTER,
  selected: null,
  panel: 'filters',
  layout: 'fcose',
  measure: 'degree',
  centralityTypes: [],
  path: null,
  ego: null,
  colorBy: 'type',
  party: null,
  mediation: null,
  article: null,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const list = (v: string | null): string[] => (v ? v.split(',').filter((s) => s.length > 0) : []);
const oneOf = <T extends string>(values: readonly T[], v: string | null, fallback: T): T =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T) : fallback;

/** State → query string (without "?"). Defaults are left out so links stay short. */
export function encodeUrlState(state: UrlState): string {
  const p = new URLSearchParams();
  const f = state.filter;
  if (f.relationTypes?.length) p.set('rt', f.relationTypes.join(','));
  if (f.actorTypes?.length) p.set('at', f.actorTypes.join(','));
  if (f.documents?.length) p.set('docs', f.documents.join(','));
  if (f.dateFrom) p.set('from', f.dateFrom);
  if (f.dateTo) p.set('to', f.dateTo);
  if (!f.hideIsolated) p.set('isolated', 'show');
  if (state.selected) p.set('sel', `${state.selected.kind === 'actor' ? 'a' : 'r'}:${state.selected.id}`);
  if (state.panel !== DEFAULT_URL_STATE.panel) p.set('panel', state.panel);
  if (state.layout !== DEFAULT_URL_STATE.layout) p.set('layout', state.layout);
  if (state.measure !== DEFAULT_URL_STATE.measure) p.set('m', state.measure);
  if (state.centralityTypes.length) p.set('crt', state.centralityTypes.join(','));
  if (state.path?.from && state.path.to) {
    const q = state.path;
    p.set('pf', q.from);
    p.set('pt', q.to);
    p.set('pm', q.mode);
    p.set('pk', String(q.maxLength));
    p.set('pd', q.directed ? '1' : '0');
    if (q.relationTypes.length) p.set('prt', q.relationTypes.join(','));
  }
  if (state.ego) p.set('ego', `${state.ego.actor}:${state.ego.depth}`);
  if (state.colorBy !== DEFAULT_URL_STATE.colorBy) p.set('color', state.colorBy);
  if (state.party) p.set('party', state.party);
  if (state.mediation) p.set('med', state.mediation);
  if (state.article) p.set('art', `${state.article.doc}:${state.article.start}:${state.article.end}`);
  return p.toString();
}

/** Query string → state; anything unknown or malformed falls back to the default. */
export function decodeUrlState(search: string): UrlState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const relationTypes = list(p.get('rt')).filter(isRelationType);
  const actorTypes = list(p.get('at')).filter(isActorType);
  const documents = list(p.get('docs'));
  const from = p.get('from');
  const to = p.get('to');
  const filter: UrlFilter = {
    ...(relationTypes.length ? { relationTypes } : {}),
    ...(actorTypes.length ? { actorTypes } : {}),
    ...(documents.length ? { documents } : {}),
    ...(from && ISO_DATE.test(from) ? { dateFrom: from } : {}),
    ...(to && ISO_DATE.test(to) ? { dateTo: to } : {}),
    ...(p.get('isolated') === 'show' ? {} : { hideIsolated: true }),
  };

  let selected: Selection | null = null;
  const sel = p.get('sel');
  if (sel && /^[ar]:.+/.test(sel)) {
    selected = { kind: sel[0] === 'a' ? 'actor' : 'relation', id: sel.slice(2) };
  }

  let path: PathQuery | null = null;
  const pf = p.get('pf');
  const pt = p.get('pt');
  if (pf && pt) {
    const k = Number(p.get('pk'));
    path = {
      from: pf,
      to: pt,
      mode: oneOf(PATH_MODES, p.get('pm'), 'shortest'),
      maxLength: Number.isInteger(k) && k >= 1 && k <= 8 ? k : 4,
      directed: p.get('pd') === '1',
      relationTypes: list(p.get('prt')).filter(isRelationType),
    };
  }

  let ego: EgoFocus | null = null;
  const egoRaw = p.get('ego');
  const egoMatch = egoRaw ? /^(.+):([123])$/.exec(egoRaw) : null;
  if (egoMatch) ego = { actor: egoMatch[1]!, depth: Number(egoMatch[2]) as 1 | 2 | 3 };

  let article: ArticleRef | null = null;
  const artMatch = /^(.+):(\d+):(\d+)$/.exec(p.get('art') ?? '');
  if (artMatch) article = { doc: artMatch[1]!, start: Number(artMatch[2]), end: Number(artMatch[3]) };

  const layout = p.get('layout');
  return {
    filter,
    selected,
    panel: oneOf(PANEL_NAMES, p.get('panel'), DEFAULT_URL_STATE.panel),
    layout: isLayoutName(layout) ? layout : DEFAULT_URL_STATE.layout,
    measure: p.get('m') ?? DEFAULT_URL_STATE.measure,
    centralityTypes: list(p.get('crt')).filter(isRelationType),
    path,
    ego,
    colorBy: oneOf(COLOR_MODES, p.get('color'), DEFAULT_URL_STATE.colorBy),
    party: p.get('party'),
    mediation: p.get('med'),
    article,
  };
}
