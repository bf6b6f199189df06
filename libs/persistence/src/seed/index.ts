export * from './calendar-seed';
export * from './demo-seed';
