// A display name → the lowercase slug the actor dictionary requires as id ("Saudi Arabia" →
// "saudi-arabia", "Türkiye" → "turkiye"): accents dropped, any other character run → one hyphen.

export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
