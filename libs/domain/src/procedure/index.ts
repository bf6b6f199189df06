export * from './definition';
export * from './workflow-ids';
