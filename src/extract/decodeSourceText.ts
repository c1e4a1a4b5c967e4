// Turns the raw bytes of a source article into text, rejecting what is not an article:
// empty files, binary files (NUL bytes) and invalid UTF-8, each with the line where it is found.

import { ExtractError } from './ExtractError.ts';

export function decodeSourceText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ExtractError(file, null, 'the file is empty');
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 10) line++;
    else if (b === 0) throw new ExtractError(file, line, 'binary content (NUL byte): not a text article');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.trim() === '') throw new ExtractError(file, null, 'the file holds only white space');
    return text;
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    const at = firstInvalidUtf8(bytes);
    const badLine = countLines(bytes, at);
    throw new ExtractError(file, badLine, `invalid UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, '0') ?? '??'} at offset ${at})`);
  }
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}
