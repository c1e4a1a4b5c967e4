// A comma-separated field of the actor form → its trimmed, non-empty, distinct items.

export function splitList(text: string): string[] {
  return [...new Set(text.split(',').map((s) => s.trim()).filter((s) => s !== ''))];
}
