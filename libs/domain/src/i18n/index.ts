export * from './locale';
export * from './message';
export { ACTIONS, MEASURE_KIND_NAMES, TERMS, type ActionPhrase } from './terms';
export * from './audit-actions';
export * from './calendar-text';
export * from './document-names';
export * from './rule-sources';
