export * from './roles';
export * from './jurisdiction';
