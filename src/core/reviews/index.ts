// Review reminders: the record a write-up's review date makes, when it is due
// and which alarms should exist, today's value against the before and target,
// and the reviews file. Pure: no DOM, no extension API, no clock of its own.
export * from './review';
export * from './schedule';
export * from './progress';
export * from './file';
