// The learner's history as sync events, and each event ↔ its CouchDB document (doc id = event id: a retry cannot duplicate).
import type { Grade } from '../review-contract.ts';
import { FLAG_COLOURS, NOTE_MAX_LENGTH, type FlagColour } from '../marks/marks.ts';

/** A review given on some device; `reviewId` is globally unique (made on that device) and never reused. */
export interface ReviewEvent {
  type: 'review';
  reviewId: string;
  cardId: string;
  deckId: string;
  grade: Grade;
  reviewedAt: number;
  durationMs?: number;
}

/** The learner took back a review that had already left the device: the review stays, replay skips it. */
export interface UndoEvent {
  type: 'undo';
  reviewId: string;
  cardId: string;
  undoneAt: number;
}

/** One drill answer (a counted one also has its own review event, review id = attempt id). */
export interface DrillEvent {
  type: 'drill';
  attemptId: string;
  drillId: string;
  nodeId?: string;
  cardId: string;
  deckId: string;
  sectionId: string;
  questionType: string;
  outcome: string;
  answeredAt: number;
  durationMs?: number;
  countedAsReview: 0 | 1;
}

/** An interview date set (or cleared with null) on a tree node; the latest write wins. */
export interface InterviewEvent {
  type: 'interview';
  nodeId: string;
  date: number | null;
  writtenAt: number;
  deviceId: string;
}

/** The scheduler settings as saved on a device; the latest write wins. */
export interface SettingsEvent {
  type: 'settings';
  value: Record<string, unknown>;
  writtenAt: number;
  deviceId: string;
}

/** A card's marks as the learner left them, whole (no field: none); the latest write wins. Bury expires by time everywhere. */
export interface MarksValue {
  suspended?: 1;
  buriedUntil?: number;
  flag?: FlagColour;
  note?: string;
  leech?: 1;
}

export interface MarksEvent {
  type: 'marks';
  cardId: string;
  marks: MarksValue;
  writtenAt: number;
  deviceId: string;
}

/**
 * A roadmap added in the app, with its source text (compiled on arrival by the same compiler), or removed (`text`
 * null: a tombstone). Keyed by the deck id its file name gives; the latest write wins.
 */
export interface RoadmapEvent {
  type: 'roadmap';
  deckId: string;
  file: string;
  text: string | null;
  writtenAt: number;
  deviceId: string;
}

export type SyncEvent = ReviewEvent | UndoEvent | DrillEvent | InterviewEvent | SettingsEvent | MarksEvent | RoadmapEvent;
/** The events whose latest write per key the `writes` store keeps (and sends again to a wiped server). */
export type WriteEvent = InterviewEvent | SettingsEvent | MarksEvent | RoadmapEvent;

/** The `writes` key of a last-write-wins event: one value per interview node, card, roadmap; one for settings. */
export function writeKey(event: WriteEvent): string {
  switch (event.type) {
    case 'interview':
      return `interview:${event.nodeId}`;
    case 'settings':
      return 'settings';
    case 'marks':
      return `marks:${event.cardId}`;
    case 'roadmap':
      return `roadmap:${event.deckId}`;
  }
}

/** A CouchDB document as the client sends it (no _rev: every event is written once and never edited). */
export type EventDoc = { _id: string } & Record<string, unknown>;

/**
 * The event's id, which is also its document id. Prefixed by type so a review and its undo never collide, and never
 * starting with `_` (CouchDB reserves those). Interview and settings writes are events too, one per write, so even
 * last-write-wins values are append-only documents: two devices never fight over one document's revision.
 */
export function eventId(event: SyncEvent): string {
  switch (event.type) {
    case 'review':
      return `r:${event.reviewId}`;
    case 'undo':
      return `u:${event.reviewId}`;
    case 'drill':
      return `d:${event.attemptId}`;
    case 'interview':
      return `i:${event.deviceId}:${event.writtenAt}:${event.nodeId}`;
    case 'settings':
      return `s:${event.deviceId}:${event.writtenAt}`;
    case 'marks':
      return `m:${event.deviceId}:${event.writtenAt}:${event.cardId}`;
    case 'roadmap':
      return `rm:${event.deviceId}:${event.writtenAt}:${event.deckId}`;
  }
}

export function toDoc(event: SyncEvent): EventDoc {
  return { _id: eventId(event), ...event };
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 16_725_225_600_000;
const isOptionalMs = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0);

/**
 * The event a document holds, or null for anything else in the database (the marker doc, design docs, a document
 * from a newer app or a damaged one): skipped, never applied half-read. The id must match the content, so a doc
 * cannot claim to be another event.
 */
export function fromDoc(doc: unknown): SyncEvent | null {
  if (typeof doc !== 'object' || doc === null) return null;
  const d = doc as Record<string, unknown>;
  const event = readEvent(d);
  return event && eventId(event) === d._id ? event : null;
}

function readEvent(d: Record<string, unknown>): SyncEvent | null {
  switch (d.type) {
    case 'review': {
      const grade = d.grade;
      if (!isString(d.reviewId) || !isString(d.cardId) || typeof d.deckId !== 'string' || !isTime(d.reviewedAt)) return null;
      if (grade !== 1 && grade !== 2 && grade !== 3 && grade !== 4) return null;
      if (!isOptionalMs(d.durationMs)) return null;
      const event: ReviewEvent = { type: 'review', reviewId: d.reviewId, cardId: d.cardId, deckId: d.deckId, grade, reviewedAt: d.reviewedAt };
      if (typeof d.durationMs === 'number') event.durationMs = d.durationMs;
      return event;
    }
    case 'undo':
      if (!isString(d.reviewId) || !isString(d.cardId) || !isTime(d.undoneAt)) return null;
      return { type: 'undo', reviewId: d.reviewId, cardId: d.cardId, undoneAt: d.undoneAt };
    case 'drill': {
      if (!isString(d.attemptId) || !isString(d.drillId) || !isString(d.cardId) || typeof d.deckId !== 'string') return null;
      if (typeof d.sectionId !== 'string' || !isString(d.questionType) || !isString(d.outcome) || !isTime(d.answeredAt)) return null;
      if (!isOptionalMs(d.durationMs) || (d.countedAsReview !== 0 && d.countedAsReview !== 1)) return null;
      if (d.nodeId !== undefined && typeof d.nodeId !== 'string') return null;
      const event: DrillEvent = {
        type: 'drill',
        attemptId: d.attemptId,
        drillId: d.drillId,
        cardId: d.cardId,
        deckId: d.deckId,
        sectionId: d.sectionId,
        questionType: d.questionType,
        outcome: d.outcome,
        answeredAt: d.answeredAt,
        countedAsReview: d.countedAsReview,
      };
      if (typeof d.nodeId === 'string') event.nodeId = d.nodeId;
      if (typeof d.durationMs === 'number') event.durationMs = d.durationMs;
      return event;
    }
    case 'interview':
      if (!isString(d.nodeId) || !isTime(d.writtenAt) || !isString(d.deviceId)) return null;
      if (d.date !== null && !isTime(d.date)) return null;
      return { type: 'interview', nodeId: d.nodeId, date: d.date, writtenAt: d.writtenAt, deviceId: d.deviceId };
    case 'settings':
      if (typeof d.value !== 'object' || d.value === null || Array.isArray(d.value)) return null;
      if (!isTime(d.writtenAt) || !isString(d.deviceId)) return null;
      return { type: 'settings', value: d.value as Record<string, unknown>, writtenAt: d.writtenAt, deviceId: d.deviceId };
    case 'marks': {
      if (!isString(d.cardId) || !isTime(d.writtenAt) || !isString(d.deviceId)) return null;
      const marks = readMarks(d.marks);
      return marks && { type: 'marks', cardId: d.cardId, marks, writtenAt: d.writtenAt, deviceId: d.deviceId };
    }
    case 'roadmap':
      if (!isString(d.deckId) || !isString(d.file) || !isTime(d.writtenAt) || !isString(d.deviceId)) return null;
      if (d.text !== null && typeof d.text !== 'string') return null;
      return { type: 'roadmap', deckId: d.deckId, file: d.file, text: d.text, writtenAt: d.writtenAt, deviceId: d.deviceId };
    default:
      return null;
  }
}

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/**
 * A marks value read field by field into a fresh object (never the received one: no prototype or extra key gets in).
 * A field present with a value the app could not have written makes the whole event unreadable, not half-applied.
 */
function readMarks(value: unknown): MarksValue | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const marks: MarksValue = {};
  if (hasOwn(v, 'suspended')) {
    if (v.suspended !== 1) return null;
    marks.suspended = 1;
  }
  if (hasOwn(v, 'buriedUntil')) {
    if (!isTime(v.buriedUntil)) return null;
    marks.buriedUntil = v.buriedUntil;
  }
  if (hasOwn(v, 'flag')) {
    if (!FLAG_COLOURS.includes(v.flag as FlagColour)) return null;
    marks.flag = v.flag as FlagColour;
  }
  if (hasOwn(v, 'note')) {
    if (typeof v.note !== 'string' || v.note.length === 0 || v.note.length > NOTE_MAX_LENGTH) return null;
    marks.note = v.note;
  }
  if (hasOwn(v, 'leech')) {
    if (v.leech !== 1) return null;
    marks.leech = 1;
  }
  return marks;
}
