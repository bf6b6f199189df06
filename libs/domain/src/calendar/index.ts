export * from './iso-date';
export * from './work-calendar';
export * from './deadline';
export * from './china-time';
export * from './months';
