export * from './actorTypes.ts';
export * from './relationTypes.ts';
export * from './graphDocument.ts';
