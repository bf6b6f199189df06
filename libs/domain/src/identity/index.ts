export * from './roles';
export * from './jurisdiction';
export * from './four-eyes';
export * from './resident-id';
