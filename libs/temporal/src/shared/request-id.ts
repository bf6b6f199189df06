/**
 * The request id travels in a Temporal header so that one HTTP request can be followed through the
 * API, the workflow and its activities in the logs. Shared by the client, workflow and activity
 * interceptors; pure, so workflow code may import it.
 */
export const REQUEST_ID_HEADER_KEY = 'safecase-request-id';
