/**
 * How long a hook may take to start or stop apps and servers (API, worker, Temporal, a database).
 * They wait for readiness, not for a fixed time: this bounds only a real hang, generously enough for
 * a machine that other work keeps fully loaded (issue #12, item 8: 5-second default timeouts failed).
 */
export const SERVER_HOOK_TIMEOUT_MS = 240_000;

/** How long a read is polled until the read model (written by activities) shows the fact. */
export const EVENTUALLY_TIMEOUT_MS = 60_000;
