export * from './locale';
export * from './message';
export { ACTIONS, MEASURE_KIND_NAMES, TERMS, type ActionPhrase } from './terms';
