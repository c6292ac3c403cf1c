// Learning statistics from the review log and card states: pure, `now` and the learner's clock passed in.
export * from './activity.ts';
export * from './cards.ts';
export * from './day-activity.ts';
export * from './days.ts';
export * from './forecast.ts';
export * from './slots.ts';
export * from './card-figures.ts';
