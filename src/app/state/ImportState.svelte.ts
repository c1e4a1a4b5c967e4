// State of the "Add articles" panel, one instance per app (kept while the panel is closed): the
// drafts the user assembled, problems to show, and the last extraction's outcome. Extract runs the
// injected runner (a Web Worker in the browser) and, on success only, shows the new graph through
// ExplorerState; on failure the graph on screen is left exactly as it was. Actors the user adds for
// unknown names are kept here too and appended to the dictionary on the next extraction.

import type { GraphDocument } from '../../core/index.ts';
import type { ActorAddition } from '../import/ActorAddition.ts';
import type { ArticleDraft, PickedFile } from '../import/ArticleDraft.ts';
import { draftFromPaste } from '../import/draftFromPaste.ts';
import { draftProblems } from '../import/draftProblems.ts';
import { draftsFromFiles } from '../import/draftsFromFiles.ts';
import type { ExtractFailure } from '../import/ExtractOutcome.ts';
import type { ExtractionRunner } from '../import/runExtraction.ts';
import { summarizeImport } from '../import/summarizeImport.ts';
import type { ImportSummary } from '../import/summarizeImport.ts';
import { toSourceFiles } from '../import/toSourceFiles.ts';
import type { ExplorerState } from './ExplorerState.svelte.ts';

export type DraftPatch = Partial<Pick<ArticleDraft, 'title' | 'date' | 'outlet'>>;

export class ImportState {
  readonly #explorer: ExplorerState;
  readonly #run: ExtractionRunner;

  drafts = $state.raw<readonly ArticleDraft[]>([]);
  /** Messages about files that were refused or a form that is not complete. */
  problems = $state.raw<readonly string[]>([]);
  /** The extractor's error from the last run, if it failed. */
  failure = $state.raw<ExtractFailure | null>(null);
  working = $state(false);
  summary = $state.raw<ImportSummary | null>(null);
  /** The last graph extracted here, so "Back to bundled graph" can be undone. */
  extracted = $state.raw<GraphDocument | null>(null);

  /** Actors to append to the bundled dictionary, in the order they were added. */
  actorAdditions = $state.raw<readonly ActorAddition[]>([]);

  constructor(explorer: ExplorerState, run: ExtractionRunner) {
    this.#explorer = explorer;
    this.#run = run;
  }

  /** Adds picked or dropped files; a file with the name of a draft replaces it. */
  addFiles(files: readonly PickedFile[]): void {
    const { drafts, problems } = draftsFromFiles(files);
    this.#merge(drafts);
    this.problems = problems;
    this.failure = null;
  }

  addPaste(text: string): boolean {
    const { drafts, problems } = draftFromPaste(text, this.drafts);
    this.#merge(drafts);
    this.problems = problems;
    this.failure = null;
    return problems.length === 0;
  }

  update(id: string, patch: DraftPatch): void {
    this.drafts = this.drafts.map((d) => (d.id === id ? { ...d, ...patch } : d));
  }

  remove(id: string): void {
    this.drafts = this.drafts.filter((d) => d.id !== id);
  }

  /** Adds an actor for the next extraction; one with the same id is replaced. */
  addActor(actor: ActorAddition): void {
    this.actorAdditions = [...this.actorAdditions.filter((a) => a.id !== actor.id), actor];
  }

  removeActor(id: string): void {
    this.actorAdditions = this.actorAdditions.filter((a) => a.id !== id);
  }

  /** Makes a name (a capital, say) one more alias of an added actor. */
  addAlias(id: string, alias: string): void {
    const text = alias.trim();
    if (text === '') return;
    this.actorAdditions = this.actorAdditions.map((a) => (a.id === id && !a.aliases.includes(text) ? { ...a, aliases: [...a.aliases, text] } : a));
  }

  /** The bundled actors.yaml with the additions appended, as "Download actors.yaml" saves it. */
  async actorsYaml(): Promise<string> {
    const { mergedBundledActors } = await import('../import/mergedBundledActors.ts');
    return mergedBundledActors(this.actorAdditions);
  }

  #merge(added: readonly ArticleDraft[]): void {
    const ids = new Set(added.map((d) => d.id));
    this.drafts = [...this.drafts.filter((d) => !ids.has(d.id)), ...added];
  }

  /** Checks the drafts, extracts, and shows the new graph. Resolves to true on success. */
  async extract(): Promise<boolean> {
    if (this.working) return false;
    const bundledIds = new Set(this.#explorer.bundled.documents.map((d) => d.id));
    const problems = draftProblems(this.drafts, bundledIds);
    this.problems = problems;
    this.failure = null;
    if (problems.length) return false;
    const drafts = this.drafts;
    this.working = true;
    try {
      const outcome = await this.#run(toSourceFiles(drafts), this.actorAdditions);
      if (!outcome.ok) {
        this.failure = outcome.error;
        return false;
      }
      const addedIds = drafts.map((d) => d.id);
      this.summary = summarizeImport(this.#explorer.bundled, outcome.graph, outcome.candidates, addedIds);
      this.extracted = outcome.graph;
      this.#explorer.showDocument(outcome.graph, true);
      return true;
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      this.failure = { file: '(extractor)', line: null, problem, message: problem };
      return false;
    } finally {
      this.working = false;
    }
  }

  /**
   * The graph on screen as graph.json text: the extractor's document as is, in the form
   * `npm run extract` writes (serializeGraphDocument, not imported to keep the extractor out of
   * the main bundle).
   */
  graphJson(): string {
    return `${JSON.stringify(this.#explorer.doc, null, 2)}\n`;
  }

  backToBundled(): void {
    this.#explorer.showBundled();
  }

  showExtracted(): void {
    if (this.extracted) this.#explorer.showDocument(this.extracted, true);
  }
}
