export * from './service-record';
