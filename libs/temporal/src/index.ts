export * from './workflow-ids';
export * from './bundler-options';
export * from './repo-root';
export * from './request-id.interceptors';
export * from './search-attributes.registry';
export * from './temporal-logger';
export * from './temporal-client.module';
