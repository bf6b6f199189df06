import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type ValidationMetadata = ReturnType<Storage['getTargetValidationMetadatas']>[number];

let installed = false;

/**
 * Memoises class-validator's per-class metadata lookup. Unmemoised, every validated object (each
 * DTO and each nested one, on every request) filters the metadata of its class and tests its
 * prototype against every other decorated class in the program for inherited rules, then regroups
 * the result by property. The answer changes only when a decorator registers more metadata, which
 * clears the memo; the executor only reads what it is given. Lookups with groups are not memoised.
 */
export function memoizeValidationMetadata(): void {
  if (installed) return;
  installed = true;
  const storage: Storage = getMetadataStorage();
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  type Target = Parameters<Storage['getTargetValidationMetadatas']>[0];
  let byKey = new Map<string, WeakMap<Target, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], ReturnType<Storage['groupByPropertyName']>>();
  storage.addValidationMetadata = (metadata) => {
    byKey = new Map();
    grouped = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (groups !== undefined && groups.length > 0)
      return lookup(target, schema, always, strictGroups, groups);
    const key = `${schema}\u0000${always}\u0000${strictGroups}`;
    let byTarget = byKey.get(key);
    if (!byTarget) byKey.set(key, (byTarget = new WeakMap()));
    let found = byTarget.get(target);
    if (!found) byTarget.set(target, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group(metadata)));
    return found;
  };
}
