import { ProblemError } from '../api/client';

/** A refusal or failure in words: the problem's own title and detail (Chinese from the API). */
export function problemMessage(error: unknown): string {
  if (error instanceof ProblemError) {
    const p = error.problem;
    return p.detail && p.detail !== p.title ? `${p.title}：${p.detail}` : p.title;
  }
  return error instanceof Error ? error.message : String(error);
}
