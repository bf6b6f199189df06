export * from './yuan';
