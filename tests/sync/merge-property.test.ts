// Merge by replay over thousands of random interleavings: two devices grade and undo offline, sync in any order, and end equal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventId, fromDoc, toDoc, type ReviewEvent, type SyncEvent } from '../../src/core/sync/events.ts';
import { countedReviews, mergedCardState, replaySteps } from '../../src/core/sync/merge.ts';
import { replayReviews } from '../../src/core/scheduler/replay.ts';
import { normalizeSchedulerSettings } from '../../src/core/scheduler/settings.ts';
import type { Grade } from '../../src/core/review-contract.ts';

const settings = normalizeSchedulerSettings({});
const CARDS = ['c0', 'c1', 'c2'];
const T0 = Date.UTC(2026, 0, 5, 2);

/** A CouchDB database reduced to what the protocol uses: documents by id and a changes feed in write order. */
class ModelServer {
  docs = new Map<string, unknown>();
  feed: string[] = [];
  bulkDocs(docs: { _id: string }[]) {
    // An existing id is a 409 for that document alone: the retry or the other device's copy is the same event.
    for (const doc of docs) if (!this.docs.has(doc._id)) (this.docs.set(doc._id, JSON.parse(JSON.stringify(doc))), this.feed.push(doc._id));
  }
  changes(since: number) {
    return { docs: this.feed.slice(since).map((id) => this.docs.get(id)), lastSeq: this.feed.length };
  }
}

/** A device: its events by id, which ones are still in the outbox, and its pull checkpoint. */
class ModelDevice {
  events = new Map<string, SyncEvent>();
  outbox = new Set<string>();
  checkpoint = 0;
  constructor(readonly name: string) {}
  grade(cardId: string, grade: Grade, at: number, serial: number) {
    const event: ReviewEvent = { type: 'review', reviewId: `${this.name}-${serial}`, cardId, deckId: 'd', grade, reviewedAt: at };
    this.add(event);
  }
  /** Undo of the card's latest counted review here, as storage does it: an unsent one just goes, a sent one gets an undo event. */
  undo(cardId: string, at: number) {
    const latest = countedReviews(this.reviews(cardId), this.undone()).at(-1);
    if (!latest) return;
    const id = `r:${latest.reviewId}`;
    if (this.outbox.has(id)) {
      this.events.delete(id);
      this.outbox.delete(id);
    } else this.add({ type: 'undo', reviewId: latest.reviewId, cardId, undoneAt: at });
  }
  add(event: SyncEvent) {
    this.events.set(eventId(event), event);
    this.outbox.add(eventId(event));
  }
  sync(server: ModelServer, cutAfter?: number) {
    const sending = [...this.outbox].map((id) => toDoc(this.events.get(id)!));
    // A cut connection: the first documents reached the server, the outbox keeps them all until they are confirmed.
    server.bulkDocs(cutAfter === undefined ? sending : sending.slice(0, cutAfter));
    if (cutAfter !== undefined) return;
    this.outbox.clear();
    const { docs, lastSeq } = server.changes(this.checkpoint);
    for (const doc of docs) {
      const event = fromDoc(doc);
      if (event && !this.events.has(eventId(event))) this.events.set(eventId(event), event);
    }
    this.checkpoint = lastSeq;
  }
  reviews(cardId: string) {
    return [...this.events.values()].filter((e): e is ReviewEvent => e.type === 'review' && e.cardId === cardId);
  }
  undone() {
    return new Set([...this.events.values()].flatMap((e) => (e.type === 'undo' ? [e.reviewId] : [])));
  }
  state(cardId: string) {
    return mergedCardState(cardId, 'd', this.reviews(cardId), this.undone(), settings);
  }
}

type Op =
  | { kind: 'grade'; device: 0 | 1; card: number; grade: Grade; minutes: number }
  | { kind: 'undo'; device: 0 | 1; card: number }
  | { kind: 'sync'; device: 0 | 1; cutAfter?: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('grade' as const), device: fc.constantFrom(0 as const, 1 as const), card: fc.nat(2), grade: fc.constantFrom<Grade>(1, 2, 3, 4), minutes: fc.nat(3 * 24 * 60) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('undo' as const), device: fc.constantFrom(0 as const, 1 as const), card: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('sync' as const), device: fc.constantFrom(0 as const, 1 as const), cutAfter: fc.option(fc.nat(3), { nil: undefined }) }) },
);

function run(ops: Op[], finalOrder: [0 | 1, 0 | 1]) {
  const server = new ModelServer();
  const devices = [new ModelDevice('A'), new ModelDevice('B')] as const;
  let clock = T0;
  ops.forEach((op, serial) => {
    const device = devices[op.device];
    if (op.kind === 'grade') device.grade(CARDS[op.card]!, op.grade, (clock += op.minutes * 60_000), serial);
    else if (op.kind === 'undo') device.undo(CARDS[op.card]!, (clock += 60_000));
    else device.sync(server, op.cutAfter);
  });
  // Every device syncs, in the given order, then the first once more to hear what the second sent.
  devices[finalOrder[0]].sync(server);
  devices[finalOrder[1]].sync(server);
  devices[finalOrder[0]].sync(server);
  return { server, devices };
}

describe('merge by replay', () => {
  it('two devices grading the same and other cards offline end with identical states and the union of events, whatever the sync order', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 24 }), fc.boolean(), (ops, aFirst) => {
        const { server, devices } = run(ops, aFirst ? [0, 1] : [1, 0]);
        const [a, b] = devices;
        expect([...a.events.keys()].sort()).toEqual([...b.events.keys()].sort());
        expect(new Set(server.feed).size).toBe(server.feed.length);
        expect([...server.docs.keys()].sort()).toEqual([...a.events.keys()].sort());
        for (const card of CARDS) expect(a.state(card)).toEqual(b.state(card));
        // And the order of syncing changed nothing: the other order reaches the same states.
        const other = run(ops, aFirst ? [1, 0] : [0, 1]).devices[0];
        for (const card of CARDS) expect(other.state(card)).toEqual(a.state(card));
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  it('counts a review once however often it arrives, skips undone ones, and breaks equal times by review id', () => {
    const review = (reviewId: string, grade: Grade, reviewedAt: number) => ({ reviewId, grade, reviewedAt });
    const reviews = [review('b', 1, T0), review('a', 3, T0), review('a', 3, T0), review('c', 4, T0 + 1)];
    expect(countedReviews(reviews, new Set(['c'])).map((r) => r.reviewId)).toEqual(['a', 'b']);
    const swapped = mergedCardState('x', 'd', [reviews[1]!, reviews[0]!], new Set(), settings);
    expect(mergedCardState('x', 'd', reviews.slice(0, 2), new Set(), settings)).toEqual(swapped);
    expect(swapped.reps).toBe(2);
    // The steps storage writes into each log entry end where replayReviews ends, and chain before → after.
    const { steps, state } = replaySteps('x', 'd', reviews, new Set(['c']), settings);
    expect(state).toEqual(replayReviews('x', 'd', countedReviews(reviews, new Set(['c'])), settings));
    expect(steps[1]!.before).toEqual(steps[0]!.after);
  });

  it('reads back every event it writes, and refuses a document whose id does not match its content', () => {
    const event: SyncEvent = { type: 'review', reviewId: 'r1', cardId: 'c', deckId: 'd', grade: 3, reviewedAt: T0, durationMs: 1200 };
    expect(fromDoc(JSON.parse(JSON.stringify(toDoc(event))))).toEqual(event);
    expect(fromDoc({ ...toDoc(event), _id: 'r:other' })).toBeNull();
    expect(fromDoc({ ...toDoc(event), grade: 5 })).toBeNull();
    expect(fromDoc({ _id: 'roadcards', kind: 'marker' })).toBeNull();
    const setting: SyncEvent = { type: 'settings', value: { desiredRetention: 0.85 }, writtenAt: T0, deviceId: 'dev' };
    expect(fromDoc(toDoc(setting))).toEqual(setting);
  });
});
