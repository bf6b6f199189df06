import { useQuery } from '@tanstack/react-query';
import { api, session, unwrap, type Me } from '../api/client';

export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Me> => unwrap(await api.GET('/auth/me')),
    enabled: !!session.token(),
    staleTime: Infinity,
  });
}

/** The sandbox clock when the API runs the training sandbox (404 otherwise): null outside it. */
export function useSandboxClock() {
  return useQuery({
    queryKey: ['sandbox-clock'],
    queryFn: async (): Promise<string | null> => {
      const r = await api.GET('/sandbox/clock');
      return r.response.status === 200 && r.data ? r.data.now : null;
    },
    enabled: !!session.token(),
    refetchInterval: 30_000,
  });
}

/** "Now" as the system sees it: the sandbox clock (ticking on from its last reading) or the machine's. */
export function useNow(): number {
  const clock = useSandboxClock();
  if (clock.data) return Date.parse(clock.data) + (Date.now() - clock.dataUpdatedAt);
  return Date.now();
}

export const hasRole = (me: Me | undefined, ...roles: Me['roles']) =>
  !!me && me.roles.some((r) => roles.includes(r));
