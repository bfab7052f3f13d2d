/** Sent by the page to a waiting service worker when the student chooses to update. */
export const SKIP_WAITING_MESSAGE = 'lectern:skip-waiting';
