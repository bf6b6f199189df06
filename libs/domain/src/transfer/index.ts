export * from './transfer-types';
export * from './transfer-reducer';
export * from './transfer-decide';
export * from './transfer-tasks';
export * from './transfer.procedure';
