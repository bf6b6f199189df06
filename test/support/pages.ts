/** A keyset page as every list and the inbox answer it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Every item of a list, page after page by its `nextCursor` (tests share one database: lists grow). */
export async function allPages<T>(
  get: (query: { limit: number; cursor?: string }) => Promise<Page<T>>,
  limit = 200,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 1000; pages += 1) {
    const page = await get(cursor === undefined ? { limit } : { limit, cursor });
    items.push(...page.items);
    if (page.nextCursor === null) return items;
    cursor = page.nextCursor;
  }
  throw new Error('more than 1000 pages');
}
