// Web Worker: runs ForceAtlas2 off the main thread so a large graph's layout never freezes the page.

import { forceAtlasPositions } from './forceAtlasPositions.ts';
import type { ForceAtlasInput } from './forceAtlasPositions.ts';

self.onmessage = (event: MessageEvent<ForceAtlasInput>) => {
  self.postMessage(forceAtlasPositions(event.data));
};
