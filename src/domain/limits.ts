// Numeric limits shared by the app, the protocol, the service worker and the server. Each is
// written once here; validation, schemas, SQL checks and inputs read it from this module.

/** Minutes one time-saved entry may hold: a whole number from 1 to a full day. */
export const ENTRY_MINUTES = { min: 1, max: 1440 } as const;

/** Above this many minutes on one task, the app asks before logging (a slip of the thumb?). */
export const LONG_ENTRY_MINUTES = 120;

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
 * Dates an indicator event may carry: local days from 2020 (before any Établi event existed) up
 * to one day after the server's clock (a phone whose clock runs fast). Older or later dates are
 * mistakes, and some of them (year 0000) are not even dates to PostgreSQL.
 */
export const EVENT_DATES = { firstDay: '2020-01-01', aheadMs: 24 * 60 * 60 * 1000 } as const;

/** The widest UTC offset of a real time zone, in minutes (+14:00, Line Islands; −12:00). */
export const MAX_UTC_OFFSET_MINUTES = 14 * 60;

/**
 * Days one indicators request may cover: from EVENT_DATES.firstDay to `lastDay`, at most
 * `maxDays` of them (a year, leap day included), so the cost of one request stays bounded.
 */
export const INDICATOR_RANGE = { lastDay: '2099-12-31', maxDays: 366 } as const;
