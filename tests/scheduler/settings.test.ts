// The scheduler's default steps are written out (to keep ts-fsrs out of the start-up bundle): they must stay ts-fsrs's own.
import { default_learning_steps, default_relearning_steps } from 'ts-fsrs';
import { expect, test } from 'vitest';
import { DEFAULT_SCHEDULER_SETTINGS, normalizeSchedulerSettings } from '../../src/core/scheduler/settings.ts';

test("a learner who never opened Settings gets ts-fsrs's default learning and relearning steps", () => {
  expect(DEFAULT_SCHEDULER_SETTINGS.learningSteps).toEqual([...default_learning_steps]);
  expect(DEFAULT_SCHEDULER_SETTINGS.relearningSteps).toEqual([...default_relearning_steps]);
  expect(normalizeSchedulerSettings({}).learningSteps).toEqual([...default_learning_steps]);
});
