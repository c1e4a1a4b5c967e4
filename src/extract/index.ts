export * from './extractCorpus.ts';
export * from './ExtractError.ts';
export type { Candidate } from './findCandidates.ts';
