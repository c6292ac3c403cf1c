// A card leaving a running session ungraded (suspended or buried mid-session, or suspended as a leech), and coming back on undo.
import type { StudyItem } from '../review-contract.ts';
import { skipCurrent, type Session } from './session.ts';

/** The session without `cardId` anywhere in it; if it was on screen, the next card is picked at `now`. */
export function withoutCard(session: Session, cardId: string, now: number): Session {
  const keep = (item: StudyItem) => item.card.id !== cardId;
  const rest: Session = { ...session, queue: session.queue.filter(keep), learning: session.learning.filter(keep) };
  return session.current?.card.id === cardId ? skipCurrent(rest, now) : rest;
}

/** `item` back on screen (its front up), the card that was there first in line after it. */
export function withCardBack(session: Session, item: StudyItem): Session {
  const others = (list: readonly StudyItem[]) => list.filter((other) => other.card.id !== item.card.id);
  const queue = session.current && session.current.card.id !== item.card.id ? [session.current, ...others(session.queue)] : others(session.queue);
  return { ...session, current: item, queue, learning: others(session.learning) };
}
