export * from './task-types';
export * from './schedule';
export * from './task-clock';
export * from './bookkeeping';
export * from './task-helpers';
