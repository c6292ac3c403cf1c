// Opens the database and implements the Roadcards API (not yet implemented: the API is fixed first for the UI).
import type { OpenOptions, Roadcards } from './index.ts';

export async function openRoadcards(_options: OpenOptions = {}): Promise<Roadcards> {
  throw new Error('openRoadcards: not yet implemented');
}
