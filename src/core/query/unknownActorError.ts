// Thrown when a name matches no actor; carries suggestions so the CLI and UI can offer them.

export class UnknownActorError extends Error {
  override readonly name = 'UnknownActorError';

  constructor(
    readonly query: string,
    /** Up to five likely actors, best first, as "Name (id)". */
    readonly suggestions: readonly string[],
    caller = 'resolveActor',
  ) {
    super(
      `${caller}: no actor matches "${query}"` +
        (suggestions.length > 0 ? `; did you mean: ${suggestions.join(', ')}?` : ''),
    );
  }
}
