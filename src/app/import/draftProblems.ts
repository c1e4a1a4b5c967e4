// Checks drafts before extraction and says what to fix, one message per problem, in the same
// "file: problem" form as the extractor: a title and an ISO date are required for every article
// without a sidecar, and ids must not collide with each other or with the bundled articles.

import type { ArticleDraft } from './ArticleDraft.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function draftProblems(drafts: readonly ArticleDraft[], bundledIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (drafts.length === 0) problems.push('Add at least one article: drop .txt files, choose them, or paste text.');
  const seen = new Set<string>();
  for (const d of drafts) {
    if (bundledIds.has(d.id)) problems.push(`${d.textFile}: an article with id "${d.id}" is already in the bundled corpus; rename the file`);
    else if (seen.has(d.id)) problems.push(`${d.textFile}: two articles would get the id "${d.id}"; rename one`);
    seen.add(d.id);
    if (d.sidecar) continue; // the extractor checks the sidecar and names its line
    if (d.title.trim() === '') problems.push(`${d.textFile}: the title is required`);
    if (d.date.trim() === '') problems.push(`${d.textFile}: the date is required (yyyy-mm-dd)`);
    else if (!ISO_DATE.test(d.date.trim()) || Number.isNaN(Date.parse(`${d.date.trim()}T00:00:00Z`))) {
      problems.push(`${d.textFile}: the date must be yyyy-mm-dd, got "${d.date}"`);
    }
  }
  return problems;
}
