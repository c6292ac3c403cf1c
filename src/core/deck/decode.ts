// Bytes of a roadmap file → its text, or a `file:line` problem when the file is not UTF-8 text.
import type { Problem } from './problems.ts';
import { MAX_ROADMAP_BYTES, tooLargeProblem } from './limits.ts';

/** Offset of the first byte that breaks UTF-8 (overlongs and surrogates included), or -1. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function utf8ToString(bytes: Uint8Array): string {
  // Pure decoding (no TextDecoder in the core runtime); input is already known to be valid UTF-8.
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
    let cp = need === 0 ? b : b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) cp = (cp << 6) | (bytes[i + k]! & 0x3f);
    chunk.push(cp);
    i += need + 1;
    if (chunk.length >= 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

export type Decoded = { ok: true; text: string } | { ok: false; problem: Problem };

/** Refuse what is not a text roadmap: over the size limit, invalid UTF-8, NUL bytes (binary files), or nothing at all. */
export function decodeRoadmap(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length > MAX_ROADMAP_BYTES) return { ok: false, problem: tooLargeProblem(file, bytes.length) };
  const bad = findInvalidUtf8(bytes);
  if (bad >= 0) {
    const byte = bytes[bad]!.toString(16).padStart(2, '0');
    return { ok: false, problem: { file, line: lineAt(bytes, bad), severity: 'error', message: `not UTF-8 text (invalid byte 0x${byte} at offset ${bad}); save the file as UTF-8` } };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, problem: { file, line: lineAt(bytes, nul), severity: 'error', message: `not a text file (NUL byte at offset ${nul})` } };
  }
  return { ok: true, text: utf8ToString(bytes) };
}
