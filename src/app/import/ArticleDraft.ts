// The types of the "Add articles" flow: a file the user picked, and an article waiting to be
// extracted with the metadata the form collects (or the sidecar the user supplied).

/** A file as the browser hands it over: its name and raw bytes (decoded later, with checks). */
export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ArticleDraft {
  /** Document id: the file name without ".txt", reduced to URL-safe characters. */
  readonly id: string;
  /** The name shown to the user and in error messages. */
  readonly textFile: string;
  readonly bytes: Uint8Array;
  /** The decoded text, for the preview and the date guess. */
  readonly text: string;
  /** A NAME.meta.yaml the user supplied; when present the form is not shown. */
  readonly sidecar: { readonly file: string; readonly text: string } | null;
  readonly title: string;
  /** yyyy-mm-dd, or '' until the user gives one. */
  readonly date: string;
  readonly outlet: string;
}
