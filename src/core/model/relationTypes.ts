// The relation ontology: every relation type the extractor may emit, with its CAMEO code,
// whether it has a direction, and a one-line meaning. Patterns, the schema and the UI legend
// all read this list, so a pattern naming a type that is not here is rejected at load time.

export const RELATION_TYPES = [
  'mediates',
  'offers_mediation',
  'meets',
  'calls',
  'visits',
  'accuses',
  'criticizes',
  'denies',
  'rejects',
  'threatens',
  'demands',
  'attacks',
  'supports',
  'aids',
  'welcomes',
  'praises',
  'thanks',
  'agrees',
  'suspends',
  'deports',
  'appeals',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationTypeInfo {
  readonly type: RelationType;
  /** CAMEO event code or code range this type corresponds to. */
  readonly cameo: string;
  /** Symmetric types (meets, calls, agrees) have no meaningful direction. */
  readonly directed: boolean;
  readonly label: string;
  readonly description: string;
}

export const RELATION_TYPE_INFO: Readonly<Record<RelationType, RelationTypeInfo>> = {
  mediates: { type: 'mediates', cameo: '045', directed: true, label: 'mediates', description: 'Mediator → party: mediates talks or brokers an agreement between parties (n-ary: see `parties`).' },
  offers_mediation: { type: 'offers_mediation', cameo: '039', directed: true, label: 'offers mediation', description: 'Offers to mediate or to help resolve a dispute between parties.' },
  meets: { type: 'meets', cameo: '040–046', directed: false, label: 'meets / negotiates', description: 'Meets, holds talks or negotiates with.' },
  calls: { type: 'calls', cameo: '041', directed: false, label: 'calls', description: 'Speaks with by telephone or discusses by phone.' },
  visits: { type: 'visits', cameo: '042', directed: true, label: 'visits', description: 'Visits (or announces a visit to) another actor\'s territory.' },
  accuses: { type: 'accuses', cameo: '112', directed: true, label: 'accuses', description: 'Accuses, blames or alleges wrongdoing.' },
  criticizes: { type: 'criticizes', cameo: '111', directed: true, label: 'criticizes', description: 'Criticizes or denounces.' },
  denies: { type: 'denies', cameo: '114', directed: true, label: 'denies', description: 'Denies an accusation made by the target.' },
  rejects: { type: 'rejects', cameo: '12x', directed: true, label: 'rejects', description: 'Rejects a proposal, demand or accusation of the target.' },
  threatens: { type: 'threatens', cameo: '13x', directed: true, label: 'threatens', description: 'Threatens or warns of force or other measures.' },
  demands: { type: 'demands', cameo: '10x', directed: true, label: 'demands', description: 'Demands action from the target.' },
  attacks: { type: 'attacks', cameo: '18x–19x', directed: true, label: 'attacks', description: 'Uses or carries out force (strikes, shelling, attacks).' },
  supports: { type: 'supports', cameo: '05x/07x', directed: true, label: 'supports', description: 'Supports, harbours or shelters the target (including alleged support).' },
  aids: { type: 'aids', cameo: '07x', directed: true, label: 'aids', description: 'Provides humanitarian or material aid.' },
  welcomes: { type: 'welcomes', cameo: '051', directed: true, label: 'welcomes', description: 'Welcomes an action, offer or agreement of the target.' },
  praises: { type: 'praises', cameo: '051', directed: true, label: 'praises', description: 'Praises or endorses.' },
  thanks: { type: 'thanks', cameo: '051', directed: true, label: 'thanks', description: 'Thanks the target (typically for mediation).' },
  agrees: { type: 'agrees', cameo: '057/081', directed: false, label: 'agrees', description: 'Agrees a ceasefire, truce or agreement with.' },
  suspends: { type: 'suspends', cameo: '16x', directed: true, label: 'suspends', description: 'Reduces relations: suspends trade, closes borders, halts cooperation.' },
  deports: { type: 'deports', cameo: '174', directed: true, label: 'deports', description: 'Expels or deports nationals of the target.' },
  appeals: { type: 'appeals', cameo: '02x', directed: true, label: 'appeals', description: 'Calls on or urges the target to act (e.g. to keep talking).' },
};

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}
