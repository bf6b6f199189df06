import { createContext, useContext, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { registerNamespace, term } from './i18n';
import { people as texts } from './i18n/people';

registerNamespace('people', texts);

export type Person = Schemas['DirectoryUser'];

/** The people a screen names, by id and by username (GET /directory/users). */
export interface People {
  byId: Map<string, Person>;
  byUsername: Map<string, Person>;
}

const NOBODY: People = { byId: new Map(), byUsername: new Map() };
const PeopleContext = createContext<People>(NOBODY);
export const PeopleProvider = PeopleContext.Provider;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The API takes at most 200 of each per request; a record names far fewer. */
const MAX = 200;

/**
 * Looks the people up once per set (the same set is answered from the cache for ten minutes): a
 * record's handlers are ids, its timeline's actors usernames.
 */
export function usePeople(refs: {
  ids?: (string | null | undefined)[];
  usernames?: (string | null | undefined)[];
}) {
  const ids = [...new Set((refs.ids ?? []).filter((v): v is string => !!v && UUID.test(v)))]
    .sort()
    .slice(0, MAX);
  const usernames = [...new Set((refs.usernames ?? []).filter((v): v is string => !!v))].sort().slice(0, MAX);
  const query = useQuery({
    queryKey: ['directory', ids.join(','), usernames.join(',')],
    queryFn: async () =>
      unwrap(
        await api.GET('/directory/users', {
          params: {
            query: {
              ...(ids.length ? { ids: ids.join(',') } : {}),
              ...(usernames.length ? { usernames: usernames.join(',') } : {}),
            },
          },
        }),
      ),
    enabled: ids.length + usernames.length > 0,
    staleTime: 10 * 60_000,
  });
  const items = query.data?.items;
  return useMemo<People>(() => {
    if (!items) return NOBODY;
    return {
      byId: new Map(items.map((p) => [p.id, p])),
      byUsername: new Map(items.map((p) => [p.username, p])),
    };
  }, [items]);
}

/**
 * A person by name (张伟), with a role (the one they acted in, else theirs) and the username on
 * hover; as given (id or username) while the directory has not answered or does not know them.
 */
export function PersonName({
  id,
  username,
  role,
  fallback,
  withRole = true,
}: {
  id?: string | null;
  username?: string | null;
  role?: string | null;
  /** What to show for someone the directory does not know (a name the record itself carries). */
  fallback?: string;
  withRole?: boolean;
}) {
  const { t } = useTranslation('people');
  const { t: shell } = useTranslation();
  const found = useContext(PeopleContext);
  const person = (id && found.byId.get(id)) || (username && found.byUsername.get(username)) || null;
  if (!person) return <span lang={fallback ? 'zh-CN' : undefined}>{fallback ?? username ?? id ?? '—'}</span>;
  const roles = role ? term(role) : person.roles.map(term).join(shell('listSeparator'));
  return (
    <span className="person" title={t('loginName', { username: person.username })}>
      <span lang="zh-CN">{person.displayName}</span>
      {withRole && roles ? t('roleSuffix', { role: roles }) : null}
    </span>
  );
}
