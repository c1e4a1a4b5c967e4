// Turns the files a user dropped or picked into article drafts: pairs NAME.txt with its
// NAME.meta.yaml, decodes each article with the extractor's own checks (empty, binary, invalid
// UTF-8 are refused here with the same file:line: problem message) and prefills the date.

import { decodeSourceText } from '../../extract/decodeSourceText.ts';
import { ExtractError } from '../../extract/ExtractError.ts';
import type { ArticleDraft, PickedFile } from './ArticleDraft.ts';
import { guessArticleDate } from './guessArticleDate.ts';

export interface DraftedFiles {
  readonly drafts: readonly ArticleDraft[];
  /** One line per refused file, "file[:line]: problem". */
  readonly problems: readonly string[];
}

const META = /\.meta\.ya?ml$/i;
const TEXT = /\.txt$/i;

/** The document id for a file name: URL-safe (ids travel in links), never empty. */
export function documentIdOf(fileName: string): string {
  const base = fileName.replace(TEXT, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return base || 'article';
}

/** Drafts from one batch of picked files; a sidecar must come in the same batch as its article. */
export function draftsFromFiles(files: readonly PickedFile[]): DraftedFiles {
  const problems: string[] = [];
  const metas = new Map<string, PickedFile>();
  for (const f of files) if (META.test(f.name)) metas.set(f.name.replace(META, '').toLowerCase(), f);
  const drafts: ArticleDraft[] = [];
  const used = new Set<string>();
  for (const f of files) {
    if (META.test(f.name)) continue;
    if (!TEXT.test(f.name)) {
      problems.push(`${f.name}: not a .txt article or a .meta.yaml sidecar`);
      continue;
    }
    let text: string;
    try {
      text = decodeSourceText(f.bytes, f.name);
    } catch (error) {
      if (!(error instanceof ExtractError)) throw error;
      problems.push(error.message);
      continue;
    }
    const key = f.name.replace(TEXT, '').toLowerCase();
    const meta = metas.get(key);
    let sidecar: ArticleDraft['sidecar'] = null;
    if (meta) {
      used.add(key);
      try {
        sidecar = { file: meta.name, text: new TextDecoder('utf-8', { fatal: true }).decode(meta.bytes) };
      } catch {
        problems.push(`${meta.name}: invalid UTF-8; fill in the form instead`);
      }
    }
    drafts.push({ id: documentIdOf(f.name), textFile: f.name, bytes: f.bytes, text, sidecar, title: '', date: guessArticleDate(text) ?? '', outlet: '' });
  }
  for (const [key, meta] of metas) {
    if (!used.has(key)) problems.push(`${meta.name}: no matching ${meta.name.replace(META, '')}.txt among the chosen files`);
  }
  return { drafts, problems };
}
