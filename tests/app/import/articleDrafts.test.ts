// The pure part of "Add articles": files → drafts (refusals carry the extractor's message),
// validation messages, the date guess, and drafts → the extractor's SourceFiles.
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../../src/app/import/ArticleDraft.ts';
import { draftFromPaste } from '../../../src/app/import/draftFromPaste.ts';
import { draftProblems } from '../../../src/app/import/draftProblems.ts';
import { documentIdOf, draftsFromFiles } from '../../../src/app/import/draftsFromFiles.ts';
import { guessArticleDate } from '../../../src/app/import/guessArticleDate.ts';
import { metadataYaml, toSourceFiles } from '../../../src/app/import/toSourceFiles.ts';
import { parseSource } from '../../../src/extract/parseSource.ts';

const file = (name: string, text: string | Uint8Array) => ({ name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });
const draft = (patch: Partial<ArticleDraft> = {}): ArticleDraft => ({
  id: 'riyadh', textFile: 'riyadh.txt', bytes: new TextEncoder().encode('Text.'), text: 'Text.', sidecar: null, title: 'Riyadh talks', date: '2025-12-03', outlet: '', ...patch,
});

describe('draftsFromFiles', () => {
  it('refuses empty, binary and invalid UTF-8 files with the extractor message, and other file types', () => {
    const { drafts, problems } = draftsFromFiles([
      file('empty.txt', ''),
      file('blank.txt', '  \n '),
      file('binary.txt', new Uint8Array([65, 10, 66, 0, 67])),
      file('latin1.txt', new Uint8Array([72, 105, 10, 10, 0xe9, 116, 101])),
      file('photo.png', 'x'),
    ]);
    expect(drafts).toEqual([]);
    expect(problems).toEqual([
      'empty.txt: the file is empty',
      'blank.txt: the file holds only white space',
      'binary.txt:2: binary content (NUL byte): not a text article',
      'latin1.txt:3: invalid UTF-8 (byte 0xe9 at offset 4)',
      'photo.png: not a .txt article or a .meta.yaml sidecar',
    ]);
  });

  it('pairs an article with its sidecar, prefills the date from a dateline and makes URL-safe ids', () => {
    const { drafts, problems } = draftsFromFiles([
      file('My article, 1.txt', 'Today : Nov 17, 2025\nWorld News\n\nIran steps in.'),
      file('b.txt', 'No date here.'),
      file('b.meta.yaml', 'title: B\ndate: 2025-12-01\n'),
      file('orphan.meta.yaml', 'title: O\n'),
    ]);
    expect(problems).toEqual(['orphan.meta.yaml: no matching orphan.txt among the chosen files']);
    expect(drafts.map((d) => [d.id, d.textFile, d.date, d.sidecar?.file ?? null])).toEqual([
      ['My-article-1', 'My article, 1.txt', '2025-11-17', null],
      ['b', 'b.txt', '', 'b.meta.yaml'],
    ]);
    expect(documentIdOf('---.txt')).toBe('article');
  });

  it('names pasted text pasted-N after the drafts already there', () => {
    const first = draftFromPaste('Qatar mediated.', []).drafts[0]!;
    expect(first.id).toBe('pasted-1');
    expect(draftFromPaste('Again.', [first]).drafts[0]!.textFile).toBe('pasted-2.txt');
    expect(draftFromPaste('   ', []).problems).toEqual(['pasted-1.txt: the file holds only white space']);
  });
});

describe('guessArticleDate', () => {
  it('reads "Nov 14, 2025" and "17 November 2025" datelines, the earlier one first', () => {
    expect(guessArticleDate('Published Nov 14, 2025 by staff')).toBe('2025-11-14');
    expect(guessArticleDate('World\n17 November 2025\nOn December 2, 2025 …')).toBe('2025-11-17');
    expect(guessArticleDate('Sept. 3rd 2024')).toBe('2024-09-03');
  });
  it('ignores dates without a year, impossible dates and dates deep in the story', () => {
    expect(guessArticleDate('On December 2, talks resumed.')).toBeNull();
    expect(guessArticleDate('Nov 31, 2025')).toBeNull();
    expect(guessArticleDate(`${'x '.repeat(400)} Nov 14, 2025`)).toBeNull();
  });
});

describe('draftProblems', () => {
  it('asks for at least one article', () => {
    expect(draftProblems([], new Set())).toEqual(['Add at least one article: drop .txt files, choose them, or paste text.']);
  });
  it('requires a title and an ISO date for articles without a sidecar, naming the file', () => {
    expect(draftProblems([draft({ title: ' ', date: '' })], new Set())).toEqual([
      'riyadh.txt: the title is required',
      'riyadh.txt: the date is required (yyyy-mm-dd)',
    ]);
    expect(draftProblems([draft({ date: '3 Dec 2025' })], new Set())).toEqual(['riyadh.txt: the date must be yyyy-mm-dd, got "3 Dec 2025"']);
    expect(draftProblems([draft({ title: '', date: '', sidecar: { file: 'riyadh.meta.yaml', text: '' } })], new Set())).toEqual([]);
  });
  it('refuses ids already in the bundled corpus or given twice', () => {
    expect(draftProblems([draft({ id: '000_x', textFile: '000_x.txt' })], new Set(['000_x']))).toEqual([
      '000_x.txt: an article with id "000_x" is already in the bundled corpus; rename the file',
    ]);
    expect(draftProblems([draft(), draft({ textFile: 'riyadh!.txt' })], new Set())).toEqual(['riyadh!.txt: two articles would get the id "riyadh"; rename one']);
  });
});

describe('toSourceFiles', () => {
  it('writes the form as metadata the extractor accepts, quoting what YAML would misread', () => {
    const d = draft({ title: 'Talks: "Round 3" # Riyadh', outlet: 'Arab News' });
    const [src] = toSourceFiles([d]);
    expect(src).toMatchObject({ id: 'riyadh', textFile: 'riyadh.txt', metaFile: 'riyadh.txt (form)' });
    const doc = parseSource({ id: src!.id, textFile: src!.textFile, text: d.text, metaFile: src!.metaFile, metaText: src!.metaText });
    expect(doc).toMatchObject({ title: 'Talks: "Round 3" # Riyadh', date: '2025-12-03', outlet: 'Arab News' });
    expect(metadataYaml(draft())).toBe('title: "Riyadh talks"\ndate: 2025-12-03\noutlet: null\n');
  });
  it('passes a sidecar through untouched', () => {
    const [src] = toSourceFiles([draft({ sidecar: { file: 'riyadh.meta.yaml', text: 'title: R\n' } })]);
    expect(src).toMatchObject({ metaFile: 'riyadh.meta.yaml', metaText: 'title: R\n' });
  });
});
