// Case- and diacritics-insensitive form of a name ("Türkiye" → "turkiye"), used to detect alias
// clashes and to add ASCII spellings of accented names.

export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’‘]/g, "'").toLowerCase();
}

/** The same text without diacritics, case kept ("Erdoğan" → "Erdogan"). */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}
