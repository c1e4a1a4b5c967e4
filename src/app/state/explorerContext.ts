// Hands the per-app state objects to components through Svelte context (no module singletons).

import { getContext, setContext } from 'svelte';
import type { CanvasController } from './CanvasController.svelte.ts';
import type { ExplorerState } from './ExplorerState.svelte.ts';

const EXPLORER = Symbol('explorer');
const CANVAS = Symbol('canvas');

export function setExplorerContext(explorer: ExplorerState, canvas: CanvasController): void {
  setContext(EXPLORER, explorer);
  setContext(CANVAS, canvas);
}

export function getExplorer(): ExplorerState {
  const value = getContext<ExplorerState | undefined>(EXPLORER);
  if (!value) throw new Error('getExplorer: no ExplorerState in context (mount inside App)');
  return value;
}

export function getCanvas(): CanvasController {
  const value = getContext<CanvasController | undefined>(CANVAS);
  if (!value) throw new Error('getCanvas: no CanvasController in context (mount inside App)');
  return value;
}
