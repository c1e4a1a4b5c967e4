// Web Worker: extracts the bundled corpus plus the user's articles (and actor additions) off the
// main thread, so the page stays responsive (and can show progress) however many articles are added.

import type { ExtractRequest } from './ExtractRequest.ts';
import { extractWithBundled } from './extractWithBundled.ts';

self.onmessage = (event: MessageEvent<ExtractRequest>) => {
  self.postMessage(extractWithBundled(event.data.sources, event.data.actors));
};
