// The leech rule's settings and their normalization: apart from the marks, since reading settings is part of the app shell.
export interface LeechSettings {
  /** Lapses that make a card a leech (Anki's default 8). */
  leechLapses: number;
  /** Suspend a card when it becomes a leech (Anki's default action). */
  leechSuspend: boolean;
}

export const DEFAULT_LEECH_SETTINGS: Readonly<LeechSettings> = Object.freeze({ leechLapses: 8, leechSuspend: true });

/** A whole number of lapses from 1 to 99 (the settings screen's range), else the default; kept short: it is in the app shell. */
export function normalizeLeechSettings(raw: Partial<Record<keyof LeechSettings, unknown>>): LeechSettings {
  const lapses = raw.leechLapses;
  return {
    leechLapses: typeof lapses === 'number' && lapses >= 1 && lapses <= 99 ? Math.round(lapses) : DEFAULT_LEECH_SETTINGS.leechLapses,
    leechSuspend: raw.leechSuspend !== false,
  };
}
