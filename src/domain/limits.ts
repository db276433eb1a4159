// Numeric limits shared by the app, the protocol, the service worker and the server. Each is
// written once here; validation, schemas, SQL checks and inputs read it from this module.

/** Minutes one time-saved entry may hold: a whole number from 1 to a full day. */
export const ENTRY_MINUTES = { min: 1, max: 1440 } as const;

/** Customer satisfaction, in stars. */
export const STARS = { min: 1, max: 5 } as const;

/** Most events one `POST /v1/events` may carry (and one push sends). */
export const MAX_BATCH = 500;

/** Largest request body the server reads, in bytes (a full batch is well under it). */
export const MAX_BODY_BYTES = 256 * 1024;

/** How long an "Annuler" (undo) offer stays on screen, in milliseconds. */
export const UNDO_MS = 6000;

/** Longest template id sent with indicators (lower-case letters, digits and dashes). */
export const TEMPLATE_ID_MAX = 64;

/**
 * Largest photo the phone accepts before resizing, in bytes. Phone cameras write 2–15 MB; a
 * larger file is refused before it is decoded, so a phone never runs out of memory on it.
 */
export const PHOTO_MAX_BYTES = 25_000_000;

/** Longest side of a stored photo, in pixels: sharp on a report, ~200 KB as JPEG. */
export const PHOTO_LONG_SIDE = 1600;

/** Longest side of a photo's thumbnail, in pixels (a grid cell at 3× pixel density). */
export const THUMB_LONG_SIDE = 320;

/** Largest file (PDF, data sheet…) kept as is with a DOE item, in bytes. */
export const FILE_MAX_BYTES = 15_000_000;

/** Longest DOE item label, job name or caption, in characters. */
export const DOE_TEXT_MAX = 200;
