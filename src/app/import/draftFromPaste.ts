// An article draft from pasted text: named pasted-N.txt (N the first free number), with the
// extractor's checks and the date prefilled like a picked file.

import type { ArticleDraft } from './ArticleDraft.ts';
import { draftsFromFiles, type DraftedFiles } from './draftsFromFiles.ts';

export function draftFromPaste(text: string, taken: readonly ArticleDraft[]): DraftedFiles {
  const ids = new Set(taken.map((d) => d.id));
  let n = 1;
  while (ids.has(`pasted-${n}`)) n++;
  return draftsFromFiles([{ name: `pasted-${n}.txt`, bytes: new TextEncoder().encode(text) }]);
}
