// Starts an extraction from the page: in a Web Worker where there is one, else in the page after
// a paint (so the "Extracting…" message shows first). The worker and the bundled articles are
// fetched only now, never on first load.

import type { SourceFiles } from '../../extract/extractCorpus.ts';
import type { ActorAddition } from './ActorAddition.ts';
import type { ExtractRequest } from './ExtractRequest.ts';
import type { ExtractOutcome } from './ExtractOutcome.ts';

export type ExtractionRunner = (added: readonly SourceFiles[], actors?: readonly ActorAddition[]) => Promise<ExtractOutcome>;

const nextPaint = (): Promise<void> =>
  new Promise((resolve) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(resolve, 0)) : setTimeout(resolve, 0)));

export const runExtraction: ExtractionRunner = async (added, actors = []) => {
  if (typeof Worker === 'undefined') {
    await nextPaint();
    const { extractWithBundled } = await import('./extractWithBundled.ts');
    return extractWithBundled(added, actors);
  }
  const worker = new Worker(new URL('./extractArticles.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ExtractOutcome>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ExtractOutcome>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(`the extraction worker failed: ${event.message || 'could not start'}`));
      const request: ExtractRequest = { sources: added, actors };
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
};
