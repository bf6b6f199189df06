export * from './audit-log';
export * from './canonical';
export * from './checkpoint';
export * from './checkpoint-chains';
export * from './checkpoint-file';
export * from './checkpoint-key';
export * from './checkpoint-store';
export * from './checkpoint.module';
