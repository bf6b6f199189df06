export * from './late-payment';
export * from './penalty-rules';
