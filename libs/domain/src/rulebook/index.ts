export * from './rulebook';
export * from './validate-rulebook';
