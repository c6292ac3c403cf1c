// Card and section ids that survive roadmap edits, plus the short content hashes beside them.

/*
 * THE CARD-ID SCHEME (a learner's progress hangs on these ids; change it only with a migration)
 *
 *   section id = `<slug>.s<hash(slug, key(title) for each title on the path from the top section)>`
 *   card id    = `<slug>.<hash(slug, key(section path…), kind, key(label), key(subject), part)>`
 *
 * - slug:    from the file name (`go-backend-advanced.md` → `go-backend-advanced`); it is also the deck id.
 * - path:    the section breadcrumb (stage, chapter, heading, bold label), roadmap title excluded.
 * - label:   the group the concept sits in below the section (a `组名：` line in a fence, a parent list
 *            item, a `标签：` paragraph); empty when the concept sits directly in the section.
 * - subject: what a learner would call the card — the term of a definition, the label of a list,
 *            the first cell of a table row, the prompt of a self-check, the question of a Q&A.
 * - part:    only for long lists split into several cards: the part's number.
 * - key(x):  NFKC, lower case, emoji/markdown/whitespace removed, and a leading ordinal such as
 *            `1.2 `, `8. ` or `(1)` dropped, so renumbering chapters or adding an emoji keeps ids.
 *
 * Never part of an id: line numbers, positions among siblings, the explanation/answer text. So editing
 * an explanation keeps the id (only `contentHash` changes); inserting, deleting or reordering other
 * items or sections keeps every other id; the same term under two stages has two different paths and
 * so two ids. Two concepts with an identical identity inside one deck (the same term twice in the same
 * group) are told apart by their occurrence number (`#2`), the only positional fallback.
 *
 * Hash: cyrb53 (53 bits, pure JS, no Node/DOM crypto), base36 → ids use only [a-z0-9.] and need no URL
 * encoding. Collisions at this size are ~1e-10 for a deck of 10k cards; the compiler still checks.
 */

/** 53-bit string hash (cyrb53, public domain); fast and good enough for ids inside a deck. */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Fixed-width base36 hash, 11 characters. */
export function shortHash(text: string): string {
  return hash53(text).toString(36).padStart(11, '0');
}

const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D\u20E3]/gu;
const LEADING_ORDINAL = /^(?:\d+(?:\.\d+)*\.?|[(（]\d+[)）]|[一二三四五六七八九十]+[、.])\s*/u;

/**
 * Keys already computed: every card re-keys its whole section path, so the same few hundred titles come
 * back thousands of times (NFKC + the emoji regex were ~5% of a compile). Cleared when large, so a
 * long-lived caller never holds more than a deck's worth.
 */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 20_000;

/** The identity form of a title, term or label: what stays when only decoration or numbering changes. */
export function identityKey(text: string): string {
  const known = keyCache.get(text);
  if (known !== undefined) return known;
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  const key = computeIdentityKey(text);
  keyCache.set(text, key);
  return key;
}

function computeIdentityKey(text: string): string {
  const plain = text.normalize('NFKC').replace(EMOJI, '').replace(/[*`_~]/g, '').trim();
  const unnumbered = plain.replace(LEADING_ORDINAL, '');
  const base = unnumbered.length > 0 ? unnumbered : plain;
  return base.toLowerCase().replace(/\s+/g, '');
}

/** The filename-derived deck id: lower case, only [a-z0-9-]. */
export function slugFromFile(file: string): string {
  const base = file.replace(/\\/g, '/').split('/').pop() ?? file;
  const stem = base.replace(/\.(md|markdown|txt)$/i, '');
  const ascii = stem
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A name with no ASCII letters (e.g. `路线图.md`) still needs a stable, distinct slug.
  return ascii.length > 0 ? ascii : `deck-${shortHash(stem).slice(0, 8)}`;
}

export function sectionIdFor(slug: string, path: readonly string[]): string {
  return `${slug}.s${shortHash([slug, ...path.map(identityKey)].join('\u0001'))}`;
}

export interface CardIdentity {
  slug: string;
  path: readonly string[];
  kind: string;
  label: string;
  subject: string;
  part?: number;
}

/** The identity string a card id hashes; exposed so the compiler can spot two cards with one identity. */
export function cardIdentity(identity: CardIdentity): string {
  return [
    identity.slug,
    ...identity.path.map(identityKey),
    '\u0002',
    identity.kind,
    identityKey(identity.label),
    identityKey(identity.subject),
    identity.part === undefined ? '' : String(identity.part),
  ].join('\u0001');
}

export function cardIdFor(slug: string, identity: string): string {
  return `${slug}.${shortHash(identity)}`;
}

/** Changes whenever the learner-visible text changes. */
export function contentHashOf(...parts: string[]): string {
  return contentHashOfList(parts);
}

/** `contentHashOf` for a list of any length (a spread of 100,000 parts would overflow the call stack). */
export function contentHashOfList(parts: readonly string[]): string {
  return shortHash(parts.join('\u0003'));
}
