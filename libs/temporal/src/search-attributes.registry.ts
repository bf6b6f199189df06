import type { Connection } from '@temporalio/client';
import { SearchAttributeType } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { SEARCH_ATTRIBUTES } from './shared';

// gRPC status codes
const ALREADY_EXISTS = 6;
const UNIMPLEMENTED = 12;

const IndexedValueType = temporal.api.enums.v1.IndexedValueType;
const INDEXED_TYPE: Record<SearchAttributeType, temporal.api.enums.v1.IndexedValueType> = {
  [SearchAttributeType.TEXT]: IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  [SearchAttributeType.KEYWORD]: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  [SearchAttributeType.INT]: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  [SearchAttributeType.DOUBLE]: IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  [SearchAttributeType.BOOL]: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  [SearchAttributeType.DATETIME]: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  [SearchAttributeType.KEYWORD_LIST]: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

/**
 * Registers the project's search attributes on a namespace through the operator service. Idempotent:
 * attributes already present are left alone, and a concurrent registration's ALREADY_EXISTS counts as
 * success. Returns the names it added.
 *
 * The time-skipping test server (training sandbox) keeps its attributes in memory, accepts
 * `addSearchAttributes` (ALREADY_EXISTS for a known name) but does not implement
 * `listSearchAttributes`; there we add every attribute and let ALREADY_EXISTS sort out the rest.
 * Registration matters there too: it refuses a start or upsert that names an unregistered attribute.
 */
export async function registerSearchAttributes(connection: Connection, namespace: string): Promise<string[]> {
  const known = new Set<string>();
  try {
    const existing = await connection.operatorService.listSearchAttributes({ namespace });
    for (const name of Object.keys(existing.customAttributes ?? {})) known.add(name);
  } catch (error) {
    if ((error as { code?: number }).code !== UNIMPLEMENTED) throw error;
  }
  const added: string[] = [];
  for (const key of SEARCH_ATTRIBUTES.filter((k) => !known.has(k.name))) {
    try {
      await connection.operatorService.addSearchAttributes({
        namespace,
        searchAttributes: {
          [key.name]: INDEXED_TYPE[key.type],
        },
      });
      added.push(key.name);
    } catch (error) {
      if ((error as { code?: number }).code !== ALREADY_EXISTS) throw error;
    }
  }
  return added;
}
