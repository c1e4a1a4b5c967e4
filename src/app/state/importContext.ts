// Hands the "Add articles" state to components through Svelte context (created once per app, so
// the drafts and the last summary survive closing the panel).

import { getContext, setContext } from 'svelte';
import type { ImportState } from './ImportState.svelte.ts';

const IMPORT = Symbol('import');

export function setImportContext(state: ImportState): void {
  setContext(IMPORT, state);
}

export function getImportState(): ImportState {
  const value = getContext<ImportState | undefined>(IMPORT);
  if (!value) throw new Error('getImportState: no ImportState in context (mount inside App)');
  return value;
}
