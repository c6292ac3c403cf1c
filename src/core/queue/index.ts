// The queue's public face: today's queue from candidate states (pure), the deck tree counts, and the study session.
export * from './build.ts';
export * from './day.ts';
export * from './interview.ts';
export * from './limits.ts';
export * from './outline.ts';
export * from './session.ts';
export * from './tree.ts';
export * from './all-due.ts';
