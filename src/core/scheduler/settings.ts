// Scheduler settings: the defaults (ts-fsrs's own where it has one) and the one place loose input is normalized.
import type { SchedulerSettings } from '../review-contract.ts';

export const DEFAULT_SCHEDULER_SETTINGS: Readonly<SchedulerSettings> = Object.freeze({
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  // ts-fsrs's default_learning_steps and default_relearning_steps, written out so that reading settings (Home does)
  // does not pull ts-fsrs into the start-up bundle; tests/scheduler/settings.test.ts checks they still agree.
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  enableFuzz: true,
  newPerDay: 20,
  reviewsPerDay: 200,
  dayStartHour: 4,
});

const STEP_PATTERN = /^\d+(\.\d+)?[mhd]$/;

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function stepsOr(value: unknown, fallback: string[]): string[] {
  if (!Array.isArray(value)) return [...fallback];
  return value.every((step) => typeof step === 'string' && STEP_PATTERN.test(step)) ? [...value] : [...fallback];
}

/** FSRS-6 has 21 weights; anything else (an older 17/19-weight set, a damaged row) falls back to the defaults. */
export const FSRS6_WEIGHT_COUNT = 21;

function parametersOr(value: unknown): readonly number[] | undefined {
  if (!Array.isArray(value) || value.length !== FSRS6_WEIGHT_COUNT) return undefined;
  return value.every((weight) => typeof weight === 'number' && Number.isFinite(weight)) ? [...value] : undefined;
}

/**
 * Fills missing fields with defaults and clamps the rest, so a hand-edited or older settings row can never make
 * ts-fsrs throw mid-review (retention outside (0,1), a step like "5 min", a negative limit).
 */
export function normalizeSchedulerSettings(input: Partial<SchedulerSettings> | null | undefined): SchedulerSettings {
  const raw = input ?? {};
  const d = DEFAULT_SCHEDULER_SETTINGS;
  const parameters = parametersOr(raw.parameters);
  return {
    ...(parameters ? { parameters } : {}),
    desiredRetention: clamp(finiteOr(raw.desiredRetention, d.desiredRetention), 0.7, 0.99),
    maximumIntervalDays: Math.round(clamp(finiteOr(raw.maximumIntervalDays, d.maximumIntervalDays), 1, 36500)),
    learningSteps: stepsOr(raw.learningSteps, d.learningSteps),
    relearningSteps: stepsOr(raw.relearningSteps, d.relearningSteps),
    enableFuzz: typeof raw.enableFuzz === 'boolean' ? raw.enableFuzz : d.enableFuzz,
    newPerDay: Math.round(clamp(finiteOr(raw.newPerDay, d.newPerDay), 0, 9999)),
    reviewsPerDay: Math.round(clamp(finiteOr(raw.reviewsPerDay, d.reviewsPerDay), 0, 99999)),
    dayStartHour: Math.round(clamp(finiteOr(raw.dayStartHour, d.dayStartHour), 0, 23)),
  };
}
