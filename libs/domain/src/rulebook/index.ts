export * from './rulebook';
export * from './validate-rulebook';
export * from './input-bounds';
export * from './clock-end';
