// The explorer's state: one instance per mounted app, handed to components through context.
// The graph document and the graphs built from it sit in $state.raw / $derived (never deep
// proxies); every analysis (view, centrality, paths, mediations, communities) is a $derived call
// into the core, so it is recomputed on exactly what is shown.

import {
  buildGraph,
  CENTRALITY_MEASURES,
  centrality,
  communities,
  egoNetwork,
  filterView,
  findPaths,
  isCentralityMeasure,
  mediationEvents,
  rankActors,
  searchActors,
} from '../../core/index.ts';
import type {
  ActorGraph,
  CentralityMeasure,
  GraphDocument,
  MediationEvent,
  PathResult,
  RankedActor,
  RelationType,
  SourceDocument,
  ViewFilter,
} from '../../core/index.ts';
import { buildElements } from '../render/buildElements.ts';
import type { GraphElement } from '../render/elementData.ts';
import type { LayoutName } from '../render/layoutNames.ts';
import { timelineBins } from './timelineBins.ts';
import type { TimelineBin } from './timelineBins.ts';
import { DEFAULT_FILTER, DEFAULT_URL_STATE } from './urlState.ts';
import type { UrlState } from './urlState.ts';
import type { ArticleRef, ColorMode, EgoFocus, PanelName, PathQuery, Selection } from './viewTypes.ts';

/** A result or the message of the error that prevented it (bad ids from a hand-edited link). */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

function attempt<T>(fn: () => T): Outcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const EMPTY_DOCUMENT: GraphDocument = { documents: [], actors: [], relations: [] };

export class ExplorerState {
  /** The document the app opened with (graph-data/graph.json): "Back to bundled graph" returns to it. */
  readonly bundled: GraphDocument;
  #doc = $state.raw<GraphDocument>(EMPTY_DOCUMENT);
  /** True while the graph shown was extracted in the browser from added articles (not in the URL). */
  imported = $state(false);

  /** The document shown: the bundled one, or one extracted in the browser. */
  get doc(): GraphDocument {
    return this.#doc;
  }

  readonly graph: ActorGraph = $derived(buildGraph(this.#doc));
  readonly documentsById: ReadonlyMap<string, SourceDocument> = $derived(new Map(this.#doc.documents.map((d) => [d.id, d])));
  /** Relations per day over the whole corpus: the timeline's backdrop does not move with filters. */
  readonly timeline: readonly TimelineBin[] = $derived(timelineBins(this.graph));

  filter = $state.raw<ViewFilter>({ ...DEFAULT_FILTER });
  selected = $state.raw<Selection | null>(null);
  panel = $state<PanelName>(DEFAULT_URL_STATE.panel);
  layout = $state<LayoutName>(DEFAULT_URL_STATE.layout);
  measure = $state<CentralityMeasure>('degree');
  centralityTypes = $state.raw<readonly RelationType[]>([]);
  path = $state.raw<PathQuery | null>(null);
  ego = $state.raw<EgoFocus | null>(null);
  colorBy = $state<ColorMode>('type');
  party = $state<string | null>(null);
  mediation = $state<string | null>(null);
  article = $state.raw<ArticleRef | null>(null);

  /** The filtered graph, before any ego focus. */
  readonly filtered: ActorGraph = $derived.by(() => filterView(this.graph, this.filter));

  /** What is shown and analysed: the filtered graph, or an actor's ego network within it. */
  readonly view: ActorGraph = $derived.by(() => {
    const ego = this.ego;
    if (!ego || !this.filtered.hasNode(ego.actor)) return this.filtered;
    return egoNetwork(this.filtered, ego.actor, { depth: ego.depth });
  });

  readonly scores: Readonly<Record<string, number>> = $derived(
    centrality(this.view, this.measure, this.#centralityOptions()),
  );

  readonly ranking: readonly RankedActor[] = $derived(rankActors(this.view, this.measure, this.#centralityOptions()));

  /**
   * Every measure's ranking, for the actor panel. Lazy ($derived runs on first read); on large
   * views the O(V·E) measures are left out rather than freezing the page.
   */
  readonly allRankings: ReadonlyMap<CentralityMeasure, ReadonlyMap<string, RankedActor>> = $derived.by(() => {
    const out = new Map<CentralityMeasure, ReadonlyMap<string, RankedActor>>();
    const large = this.view.size > 3000;
    for (const m of CENTRALITY_MEASURES) {
      if (large && (m === 'betweenness' || m === 'closeness')) continue;
      const rows = m === this.measure ? this.ranking : rankActors(this.view, m, this.#centralityOptions());
      out.set(m, new Map(rows.map((r) => [r.id, r])));
    }
    return out;
  });

  readonly communityOf: Readonly<Record<string, number>> | null = $derived(
    this.colorBy === 'community' ? communities(this.view).communities : null,
  );

  readonly pathResult: Outcome<PathResult> | null = $derived.by(() => {
    const q = this.path;
    // A half-filled query ("paths from here") waits for its other end.
    if (!q || !q.from || !q.to) return null;
    return attempt(() =>
      findPaths(this.view, q.from, q.to, {
        mode: q.mode,
        maxLength: q.maxLength,
        directed: q.directed,
        ...(q.relationTypes.length ? { relationTypes: q.relationTypes as RelationType[] } : {}),
      }),
    );
  });

  /** Mediation events in the view; with a party chosen, only those it is a party to. */
  readonly mediations: readonly MediationEvent[] = $derived.by(() => {
    const party = this.party;
    if (party && !this.view.hasNode(party)) return [];
    return mediationEvents(this.view, party ? { party } : {});
  });

  readonly elements: readonly GraphElement[] = $derived(
    buildElements(this.view, {
      scores: this.scores,
      communities: this.communityOf,
      // Hundreds of nodes need smaller marks to leave room for the edges between them.
      ...(this.view.order > 400 ? { minSize: 10, maxSize: 40 } : {}),
    }),
  );

  /** Ids kept bright while everything else dims: a chosen path, mediation event or selection (in that order). */
  readonly focus: ReadonlySet<string> | null = $derived.by(() => this.#focus());

  constructor(doc: GraphDocument) {
    this.bundled = doc;
    this.#doc = doc;
  }

  /**
   * Shows another graph document (one extracted from added articles, or the bundled one again).
   * Filters and view settings stay; selections, paths and focuses on ids the new graph lacks are
   * dropped, as for a hand-edited link. Every analysis follows, being derived from the document.
   */
  showDocument(doc: GraphDocument, imported: boolean): void {
    this.#doc = doc;
    this.imported = imported;
    const docs = this.filter.documents?.filter((id) => this.documentsById.has(id));
    if (this.filter.documents) this.setFilter({ documents: docs });
    this.applyUrlState(this.toUrlState());
  }

  /** Back to the document the app opened with. */
  showBundled(): void {
    this.showDocument(this.bundled, false);
  }

  #centralityOptions(): { relationTypes?: RelationType[] } {
    return this.centralityTypes.length ? { relationTypes: [...this.centralityTypes] } : {};
  }

  #focus(): ReadonlySet<string> | null {
    if (this.pathResult?.ok && this.pathResult.value.paths.length > 0) {
      const ids = new Set<string>();
      for (const path of this.pathResult.value.paths) {
        for (const hop of path.hops) {
          ids.add(hop.from);
          ids.add(hop.to);
          for (const r of hop.relations) ids.add(r.id);
        }
      }
      return ids;
    }
    if (this.mediation) {
      const event = this.mediations.find((m) => m.id === this.mediation);
      if (event) {
        const ids = new Set<string>([...event.mediators, ...event.parties]);
        for (const r of event.relations) ids.add(r);
        return ids;
      }
    }
    // A selected relation or actor: itself, its ends or its neighbourhood stay bright.
    const sel = this.selected;
    if (sel?.kind === 'relation' && this.view.hasEdge(sel.id)) {
      return new Set([sel.id, this.view.source(sel.id), this.view.target(sel.id)]);
    }
    if (sel?.kind === 'actor' && this.view.hasNode(sel.id)) {
      const ids = new Set<string>([sel.id]);
      this.view.forEachEdge(sel.id, (edge, _attrs, source, target) => {
        ids.add(edge);
        ids.add(source);
        ids.add(target);
      });
      return ids;
    }
    return null;
  }

  search(query: string, limit = 8) {
    return searchActors(this.graph, query, { limit });
  }

  selectActor(id: string | null): void {
    this.selected = id ? { kind: 'actor', id } : null;
  }

  selectRelation(id: string): void {
    this.selected = { kind: 'relation', id };
  }

  setFilter(patch: Partial<ViewFilter>): void {
    const next: Record<string, unknown> = { ...this.filter, ...patch };
    // Drop cleared fields so the URL and filterView see "absent", not "empty".
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || v === null || v === false || v === '' || (Array.isArray(v) && v.length === 0)) delete next[k];
    }
    this.filter = next as ViewFilter;
  }

  /** True when the view differs from the default (anything beyond hiding isolated actors). */
  get isFiltered(): boolean {
    return Object.keys(this.filter).some((k) => k !== 'hideIsolated') || this.ego !== null;
  }

  resetFilter(): void {
    this.filter = { ...DEFAULT_FILTER };
  }

  /** The shareable state, for the URL. */
  toUrlState(): UrlState {
    return {
      filter: this.filter,
      selected: this.selected,
      panel: this.panel,
      layout: this.layout,
      measure: this.measure,
      centralityTypes: this.centralityTypes,
      path: this.path,
      ego: this.ego,
      colorBy: this.colorBy,
      party: this.party,
      mediation: this.mediation,
      article: this.article,
    };
  }

  /** Restores a decoded URL (initial load, back/forward). Unknown actor ids are dropped. */
  applyUrlState(s: UrlState): void {
    const known = (id: string) => this.graph.hasNode(id);
    this.filter = { ...s.filter } as ViewFilter;
    this.selected =
      s.selected && (s.selected.kind === 'actor' ? known(s.selected.id) : this.graph.hasEdge(s.selected.id))
        ? s.selected
        : null;
    this.panel = s.panel;
    this.layout = s.layout;
    this.measure = isCentralityMeasure(s.measure) ? s.measure : 'degree';
    this.centralityTypes = s.centralityTypes;
    this.path = s.path && known(s.path.from) && known(s.path.to) ? s.path : null;
    this.ego = s.ego && known(s.ego.actor) ? s.ego : null;
    this.colorBy = s.colorBy;
    this.party = s.party && known(s.party) ? s.party : null;
    this.mediation = s.mediation;
    this.article = s.article && this.documentsById.has(s.article.doc) ? s.article : null;
  }
}
