// Row titles without repeated decoration: a leading emoji is shown once at most along a path and never as a bullet.

/** An emoji (with skin tone, variation selector or ZWJ sequence) at the start, after an optional ordinal ("1. ", "(2) "). */
const LEADING_EMOJI = /^((?:\(?\d+(?:\.\d+)*[.)、]?\s*)?)(\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic})*)\s*/u;

export function leadingEmoji(title: string): string | null {
  return LEADING_EMOJI.exec(title)?.[2] ?? null;
}

export function withoutLeadingEmoji(title: string): string {
  const stripped = title.replace(LEADING_EMOJI, '$1').trim();
  return stripped === '' ? title : stripped;
}

export interface ShownTitle {
  title: string;
  /** Whether this row shows an emoji, so rows below it show none. */
  showsEmoji: boolean;
}

/**
 * Titles for one level of rows: an emoji is dropped when a row above on the path already shows one, and when the
 * same emoji leads two or more siblings (✅ before every stage is a bullet, not a picture of the stage).
 */
export function siblingTitles(titles: readonly string[], ancestorShowsEmoji: boolean): ShownTitle[] {
  const leads = titles.map(leadingEmoji);
  const seen = new Map<string, number>();
  for (const lead of leads) if (lead) seen.set(lead, (seen.get(lead) ?? 0) + 1);
  return titles.map((title, i) => {
    const lead = leads[i];
    if (!lead) return { title, showsEmoji: ancestorShowsEmoji };
    const keep = !ancestorShowsEmoji && seen.get(lead) === 1;
    return { title: keep ? title : withoutLeadingEmoji(title), showsEmoji: ancestorShowsEmoji || keep };
  });
}
