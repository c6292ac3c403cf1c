// The backup file format: one zod/mini schema for everything a learner's progress is (not card texts: those come from the roadmaps).
import * as z from 'zod/mini';
import { LATEST_TIME, MAX_COUNT } from '../scheduler/state-bounds.ts';

export const BACKUP_FORMAT = 'roadcards-backup';
/** Bump when an older app would misread a newer file: the app refuses versions above its own. */
export const BACKUP_VERSION = 1;

// Times are epoch ms; not required to be integers, so no value this app ever stored can make its own backup unreadable.
// Bounded (1970 … 2500): a time past that is no learner's (1e300 made one grade store NaN stability).
const time = z.number().check(z.gte(0), z.lte(LATEST_TIME));
const count = z.number().check(z.int(), z.nonnegative(), z.lte(MAX_COUNT));
const id = z.string().check(z.minLength(1));

/** Field types only: whether FSRS can schedule from the values is checked after (read.ts, unschedulableField). */
export const backupStateSchema = z.object({
  cardId: id,
  /** Kept so a card this device does not know yet can return under its roadmap. */
  deckId: z.string(),
  phase: z.literal([0, 1, 2, 3]),
  due: time,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: count,
  reps: count,
  lapses: count,
  lastReview: z.nullable(time),
});

export const backupLogSchema = z.object({
  /** The id on the exporting device: only used to re-link drill attempts to the entry they graded. */
  id: z.optional(z.number().check(z.int())),
  cardId: id,
  deckId: z.string(),
  grade: z.literal([1, 2, 3, 4]),
  reviewedAt: time,
  kind: z.enum(['review', 'drill']),
  before: backupStateSchema,
  after: backupStateSchema,
  durationMs: z.optional(z.number().check(z.nonnegative())),
  reviewId: z.optional(id),
  clearedUpdated: z.optional(z.literal(true)),
});

/** Scheduler settings as saved; storage normalizes them again, so loose values can never reach the scheduler. */
export const backupSettingsSchema = z.object({
  desiredRetention: z.optional(z.number()),
  maximumIntervalDays: z.optional(z.number()),
  learningSteps: z.optional(z.array(z.string())),
  relearningSteps: z.optional(z.array(z.string())),
  enableFuzz: z.optional(z.boolean()),
  newPerDay: z.optional(z.number()),
  reviewsPerDay: z.optional(z.number()),
  dayStartHour: z.optional(z.number()),
  /** The learner's trained FSRS-6 weights: exactly 21 finite numbers (JSON has no NaN or Infinity; null is refused). */
  parameters: z.optional(z.readonly(z.array(z.number()).check(z.length(21)))),
  /** The leech rule (core/marks/leech-settings): normalized again on import like the rest. */
  leechLapses: z.optional(z.number()),
  leechSuspend: z.optional(z.boolean()),
  /** Nodes whose reference cards the learner switched into daily review. */
  reviewReference: z.optional(z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(10_000))),
});

export const backupInterviewSchema = z.object({ nodeId: id, date: time });

export const backupDrillSchema = z.object({
  attemptId: id,
  drillId: id,
  nodeId: z.optional(z.string()),
  cardId: id,
  deckId: z.string(),
  sectionId: z.string(),
  type: z.enum(['choice', 'typed', 'cloze', 'flashcard']),
  outcome: z.enum(['correct', 'near', 'wrong']),
  answeredAt: time,
  durationMs: z.optional(z.number().check(z.nonnegative())),
  countedAsReview: z.literal([0, 1]),
  /** The exporting device's log id (see backupLogSchema.id). */
  reviewLogId: z.optional(z.number().check(z.int())),
});

/** A card's learner marks (see core/marks); optional in the file: backups written before marks existed have none. */
export const backupMarksSchema = z.object({
  cardId: id,
  suspended: z.optional(z.literal(1)),
  buriedUntil: z.optional(time),
  flag: z.optional(z.literal([1, 2, 3, 4])),
  note: z.optional(z.string().check(z.maxLength(2000))),
  leech: z.optional(z.literal(1)),
  changedAt: time,
});

/** A roadmap added in the app: its source text, compiled again on import into the same cards (ids come from file and text). */
export const backupRoadmapSchema = z.object({
  file: id,
  text: z.string(),
  addedAt: time,
  updatedAt: time,
});

export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: time,
  /** The exporting database's schema version: for a person reading the file, not needed to import it. */
  schemaVersion: count,
  states: z.array(backupStateSchema),
  logs: z.array(backupLogSchema),
  settings: z.nullable(backupSettingsSchema),
  interviews: z.array(backupInterviewSchema),
  drills: z.array(backupDrillSchema),
  marks: z.optional(z.array(backupMarksSchema)),
  /** Optional: backups from before roadmaps could be added in the app have none. */
  roadmaps: z.optional(z.array(backupRoadmapSchema)),
});

export type BackupFile = z.infer<typeof backupFileSchema>;
export type BackupState = z.infer<typeof backupStateSchema>;
export type BackupLog = z.infer<typeof backupLogSchema>;
export type BackupDrill = z.infer<typeof backupDrillSchema>;
export type BackupMarks = z.infer<typeof backupMarksSchema>;
export type BackupRoadmap = z.infer<typeof backupRoadmapSchema>;
export type BackupTable = 'states' | 'logs' | 'settings' | 'interviews' | 'drills';
