// `@safecase/temporal/shared`: the plain constants that the API and worker (through libs/temporal)
// and the workflow sandbox share. Deterministic: only @temporalio/common, no Node I/O, so workflow
// code may import it (the rest of libs/temporal may not be).
export * from './search-attributes';
export * from './request-id';
