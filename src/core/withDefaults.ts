// Merges options over defaults, skipping options set to undefined: callers such as the CLI pass
// `{ maxLength: undefined }` for "not given", which a plain spread would let erase the default.

export type Merged<D, O> = {
  [K in keyof D | keyof O]: K extends keyof O
    ? K extends keyof D
      ? Exclude<O[K], undefined> | D[K]
      : O[K]
    : K extends keyof D
      ? D[K]
      : never;
};

export function withDefaults<D extends object, O extends object>(defaults: D, options: O): Merged<D, O> {
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) merged[key] = value;
  }
  return merged as Merged<D, O>;
}
