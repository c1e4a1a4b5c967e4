// Web Worker: extracts the bundled corpus plus the user's articles off the main thread, so the
// page stays responsive (and can show progress) however many articles are added.

import type { SourceFiles } from '../../extract/extractCorpus.ts';
import { extractWithBundled } from './extractWithBundled.ts';

self.onmessage = (event: MessageEvent<readonly SourceFiles[]>) => {
  self.postMessage(extractWithBundled(event.data));
};
