export * from './checked';
export * from './definition';
export * from './workflow-ids';
