export * from './document-numbers';
export * from './document-facts';
export * from './document-files';
export * from './evidence-files';
export * from './documents.module';
