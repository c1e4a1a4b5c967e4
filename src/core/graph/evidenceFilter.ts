// Shared by filterView and findPaths: which evidence items a date window / document set keeps.

import type { Evidence } from '../model/graphDocument.ts';

export type EvidenceWindow = {
  dateFrom?: string;
  dateTo?: string;
  documents?: readonly string[];
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Throws `${caller}: ...` when a bound is not an ISO date or the window is empty by construction. */
export function checkWindow(caller: string, window: EvidenceWindow): void {
  for (const key of ['dateFrom', 'dateTo'] as const) {
    const value = window[key];
    if (value !== undefined && !ISO_DATE.test(value)) {
      throw new Error(`${caller}: ${key} must be an ISO date yyyy-mm-dd, got "${value}"`);
    }
  }
  if (window.dateFrom && window.dateTo && window.dateFrom > window.dateTo) {
    throw new Error(`${caller}: dateFrom ${window.dateFrom} is after dateTo ${window.dateTo}`);
  }
}

/** A predicate over evidence, or null when the window keeps everything (the common, fast case). */
export function evidencePredicate(window: EvidenceWindow): ((e: Evidence) => boolean) | null {
  const { dateFrom, dateTo } = window;
  const docs = window.documents ? new Set(window.documents) : null;
  if (!dateFrom && !dateTo && !docs) return null;
  // ISO yyyy-mm-dd strings order the same way as the dates they name.
  return (e) =>
    (!dateFrom || e.date >= dateFrom) && (!dateTo || e.date <= dateTo) && (!docs || docs.has(e.doc));
}
