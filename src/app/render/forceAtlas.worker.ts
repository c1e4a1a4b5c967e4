// Web Worker: runs ForceAtlas2 off the main thread so a large graph's layout never freezes the page.

import { forceAtlasPositions } from './forceAtlasPositions.ts';
import type { ForceAtlasInput, ForceAtlasResult } from './forceAtlasPositions.ts';

self.onmessage = (event: MessageEvent<ForceAtlasInput>) => {
  const started = performance.now();
  const positions = forceAtlasPositions(event.data);
  const result: ForceAtlasResult = { positions, ms: performance.now() - started, startedAt: performance.timeOrigin + started };
  self.postMessage(result);
};

// Loaded and ready for input: the page waits for this before its own long tasks, because a
// worker's start-up needs a free main thread and would otherwise queue behind the first render.
self.postMessage('ready');
