// Settings' logic without the DOM: the form's text fields to scheduler settings and back, with the fields that are wrong.
import type { SchedulerSettings } from '../../../core/review-contract.ts';

export type SettingsForm = Record<Exclude<keyof SchedulerSettings, 'enableFuzz' | 'parameters'>, string> & { enableFuzz: boolean };

/** Parameters come from the optimizer, never from a text field. */
export type FieldName = Exclude<keyof SchedulerSettings, 'parameters'>;

/** Same shape the scheduler accepts (ts-fsrs step units): 1m, 10m, 1.5h, 1d. */
const STEP = /^\d+(\.\d+)?[mhd]$/;

export function toForm(settings: SchedulerSettings): SettingsForm {
  return {
    desiredRetention: String(settings.desiredRetention),
    maximumIntervalDays: String(settings.maximumIntervalDays),
    learningSteps: settings.learningSteps.join(' '),
    relearningSteps: settings.relearningSteps.join(' '),
    enableFuzz: settings.enableFuzz,
    newPerDay: String(settings.newPerDay),
    reviewsPerDay: String(settings.reviewsPerDay),
    dayStartHour: String(settings.dayStartHour),
  };
}

function parseNumber(text: string, min: number, max: number, integer: boolean): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) return null;
  if (integer && !Number.isInteger(value)) return null;
  return value;
}

/** Steps separated by spaces or commas; an empty list is allowed (no learning steps). */
export function parseSteps(text: string): string[] | null {
  const steps = text.split(/[\s,，]+/).filter(Boolean);
  return steps.every((step) => STEP.test(step)) ? steps : null;
}

export type ParseResult = { ok: true; settings: SchedulerSettings } | { ok: false; invalid: FieldName[] };

/** The ranges match what storage would clamp to, so what the learner sees saved is what they typed. */
export function fromForm(form: SettingsForm): ParseResult {
  const parsed = {
    desiredRetention: parseNumber(form.desiredRetention, 0.7, 0.99, false),
    maximumIntervalDays: parseNumber(form.maximumIntervalDays, 1, 36500, true),
    learningSteps: parseSteps(form.learningSteps),
    relearningSteps: parseSteps(form.relearningSteps),
    enableFuzz: form.enableFuzz,
    newPerDay: parseNumber(form.newPerDay, 0, 9999, true),
    reviewsPerDay: parseNumber(form.reviewsPerDay, 0, 99999, true),
    dayStartHour: parseNumber(form.dayStartHour, 0, 23, true),
  };
  const invalid = (Object.keys(parsed) as FieldName[]).filter((name) => parsed[name] === null);
  if (invalid.length > 0) return { ok: false, invalid };
  return { ok: true, settings: parsed as SchedulerSettings };
}
