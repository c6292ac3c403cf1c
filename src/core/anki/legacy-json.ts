// The JSON blobs of Anki's legacy `col` row (schema 11): the Roadcards note type, the deck tree as `A::B::C`, deck options.

/** A fixed note type id: exporting again updates the same note type in Anki instead of adding "Roadcards+". */
export const MODEL_ID = 1_730_000_000_001;
/** Anki's default deck options group. */
const DCONF_ID = 1;

export const FIELD_NAMES = ['Front', 'Back', 'Section', 'Source'] as const;

const CSS = `.card { font-family: -apple-system, "PingFang SC", "Noto Sans CJK SC", sans-serif; font-size: 20px; text-align: left; color: black; background-color: white; line-height: 1.5; }
.nightMode .card, .card.nightMode { color: #e9e7e1; background-color: #1b1f1e; }
.section, .source { margin-top: 1em; font-size: 0.75em; opacity: 0.7; }`;

export function modelJson(deckId: number, modSecs: number): Record<string, unknown> {
  return {
    [MODEL_ID]: {
      id: MODEL_ID,
      name: 'Roadcards',
      type: 0,
      mod: modSecs,
      usn: -1,
      sortf: 0,
      did: deckId,
      tmpls: [
        {
          name: 'Card 1',
          ord: 0,
          qfmt: '{{Front}}',
          afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}\n<div class="section">{{Section}}</div>\n<div class="source">{{Source}}</div>',
          bqfmt: '',
          bafmt: '',
          did: null,
          bfont: '',
          bsize: 0,
        },
      ],
      flds: FIELD_NAMES.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
      css: CSS,
      latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
      latexPost: '\\end{document}',
      latexsvg: false,
      req: [[0, 'any', [0]]],
      tags: [],
      vers: [],
    },
  };
}

function deckJson(id: number, name: string, modSecs: number): Record<string, unknown> {
  return {
    id,
    name,
    mod: modSecs,
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: '',
    dyn: 0,
    conf: DCONF_ID,
    extendNew: 0,
    extendRev: 0,
  };
}

/** Every deck by id, Anki's Default (id 1) included as Anki expects. */
export function decksJson(decks: ReadonlyMap<string, number>, modSecs: number): Record<string, unknown> {
  const all: Record<string, unknown> = { 1: deckJson(1, 'Default', modSecs) };
  for (const [name, id] of decks) all[id] = deckJson(id, name, modSecs);
  return all;
}

export function dconfJson(modSecs: number, desiredRetention: number): Record<string, unknown> {
  return {
    [DCONF_ID]: {
      id: DCONF_ID,
      name: 'Default',
      mod: modSecs,
      usn: -1,
      maxTaken: 60,
      autoplay: true,
      timer: 0,
      replayq: true,
      dyn: false,
      new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
      lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
      rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
      desiredRetention,
    },
  };
}

export function confJson(): Record<string, unknown> {
  return {
    activeDecks: [1],
    curDeck: 1,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: MODEL_ID,
    nextPos: 1,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
  };
}

/** Anki's deck separator is `::`; a title holding it would split into decks that are not the roadmap's. */
export function deckNameOf(path: readonly string[]): string {
  return path.map((part) => part.replace(/::/g, ':').trim() || '-').join('::');
}
