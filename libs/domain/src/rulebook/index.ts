export * from './rulebook';
export * from './validate-rulebook';
export * from './input-bounds';
export * from './document-rules';
export * from './clock-end';
