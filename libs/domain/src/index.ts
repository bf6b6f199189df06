// Pure domain code (reducers, rulebook, calendar arithmetic): no Nest, no Temporal, no TypeORM.
export * from './calendar';
export * from './identity';
export * from './rulebook';
export * from './enforcement';
export * from './penalty';
export * from './tasks';
export * from './transfer';
export * from './documents';
export * from './accident';
export * from './money';
export * from './i18n';
export * from './procedure';
export * from './service';
