// The queue's public face: today's queue from candidate states (pure), the deck tree counts, and the study session.
export * from './session.ts';
