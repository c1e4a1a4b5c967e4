// Folds a name for matching: case, diacritics and punctuation do not matter to someone typing
// "turkiye" for "Türkiye" or "tehrik i taliban" for "Tehrik-i-Taliban".

export function normalizeName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ı/g, 'i') // Turkish dotless i has no decomposition
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
