// Settings' own words (Chinese and English): what each field accepts, shown beside a field that is wrong, and the save confirmation.
import { defineStrings } from '../../i18n.ts';

export const s = defineStrings(
  {
    desiredRetention: '请输入 0.7 到 0.99 之间的数，例如 0.9',
    maximumIntervalDays: '请输入 1 到 36500 之间的整数',
    learningSteps: '以空格分隔的时长，例如 1m 10m 1h 1d',
    relearningSteps: '以空格分隔的时长，例如 10m',
    newPerDay: '请输入 0 到 9999 之间的整数',
    reviewsPerDay: '请输入 0 到 99999 之间的整数',
    dayStartHour: '请输入 0 到 23 之间的整数',
    enableFuzz: '',
    savedAt: '已保存（{time}）',
  },
  {
    desiredRetention: 'Enter a number from 0.7 to 0.99, e.g. 0.9',
    maximumIntervalDays: 'Enter a whole number from 1 to 36500',
    learningSteps: 'Durations separated by spaces, e.g. 1m 10m 1h 1d',
    relearningSteps: 'Durations separated by spaces, e.g. 10m',
    newPerDay: 'Enter a whole number from 0 to 9999',
    reviewsPerDay: 'Enter a whole number from 0 to 99999',
    dayStartHour: 'Enter a whole number from 0 to 23',
    enableFuzz: '',
    savedAt: 'Saved ({time})',
  },
);
