// A small read-only window.__explorer hook for end-to-end tests and the benchmark: element counts,
// selection, highlighted ids and layout progress. Getters only; it changes nothing.

import type { CanvasController } from './CanvasController.svelte.ts';
import type { ExplorerState } from './ExplorerState.svelte.ts';

export interface ExplorerTestHook {
  readonly nodes: number;
  readonly edges: number;
  readonly layouts: number;
  readonly layoutMs: number;
  readonly busy: boolean;
  readonly selected: string | null;
  readonly highlighted: string[];
  readonly zoom: number;
  readonly renderer: string;
}

declare global {
  interface Window {
    __explorer?: ExplorerTestHook;
  }
}

export function installTestHook(explorer: ExplorerState, canvas: CanvasController): () => void {
  const hook: ExplorerTestHook = {
    get nodes() {
      return canvas.adapter?.stats().nodes ?? 0;
    },
    get edges() {
      return canvas.adapter?.stats().edges ?? 0;
    },
    get layouts() {
      return canvas.layouts;
    },
    get layoutMs() {
      return canvas.layoutMs;
    },
    get busy() {
      return canvas.busy !== null;
    },
    get selected() {
      return explorer.selected?.id ?? null;
    },
    get highlighted() {
      return canvas.adapter?.stats().highlighted ?? [];
    },
    get renderer() {
      return canvas.adapter?.stats().renderer ?? 'none';
    },
    get zoom() {
      return canvas.adapter?.stats().zoom ?? 1;
    },
  };
  window.__explorer = hook;
  return () => {
    if (window.__explorer === hook) delete window.__explorer;
  };
}
