export * from './rulebook-store';
