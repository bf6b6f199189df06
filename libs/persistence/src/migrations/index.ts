import { CreatePing1764300000000 } from './1764300000000-create-ping';

/** Every migration, in order. Listed explicitly so the same list works from TypeScript and from dist/. */
export const MIGRATIONS = [CreatePing1764300000000];
