export * from './data-source';
export * from './migrations';
export * from './persistence.module';
export * from './audit';
export * from './seed';
export * from './documents';
export * from './rulebook';
