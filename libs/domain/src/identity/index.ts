export * from './roles';
export * from './jurisdiction';
export * from './four-eyes';
