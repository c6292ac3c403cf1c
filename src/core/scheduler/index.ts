// The scheduler's public face: the only door to ts-fsrs for the rest of the app.
export { applyGrade, newCardState, previewIntervals, type IntervalPreview } from './fsrs.ts';
export { replayReviews, type ReplayedReview } from './replay.ts';
export { formatInterval, intervalParts, type IntervalParts, type IntervalUnit } from './interval-label.ts';
export { DEFAULT_SCHEDULER_SETTINGS, normalizeSchedulerSettings } from './settings.ts';
