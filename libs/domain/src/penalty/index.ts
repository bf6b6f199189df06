export * from './late-payment';
export * from './penalty-rules';
export * from './penalty-procedure';
