// Errors storage throws that the UI may want to tell apart.

/** Undo asked for a review that is no longer the card's latest, or whose card moved on since. */
export class UndoRefusedError extends Error {
  override name = 'UndoRefusedError';
}

/** Grade asked for a card id the database does not know (or that is retired). */
export class UnknownCardError extends Error {
  override name = 'UnknownCardError';
}
