// The sync API's bodies, shared by the server (server/) and the app (loaded lazily).
// Invariants: no Node imports here, and nothing an event carries can hold free text or customer
// data — every field is an id, a number, a date or a value from a closed list.
// zod/mini keeps this module small in the app bundle (~9 KB gzipped instead of ~25 KB).
import * as z from 'zod/mini';

/** Most events one `POST /v1/events` may carry. */
export const MAX_BATCH = 500;
/** Largest request body the server reads, in bytes (a full batch is well under it). */
export const MAX_BODY_BYTES = 256 * 1024;

/** Indicator event types; a retraction tells the server to forget an earlier event. */
export const EVENT_TYPES = ['time_saved', 'rating', 'document_validated', 'retraction'] as const;
/** Time-saved categories; must equal `TIME_CATEGORIES` in src/db/schema.ts (tested). */
export const CATEGORIES = [
  'communication',
  'customer-relations',
  'quotes',
  'doe',
  'planning',
  'other',
] as const;
/** How `GET /v1/indicators` can group its figures. */
export const GROUP_BY = ['week', 'category', 'template', 'device'] as const;
/** Roles a device can hold in a workspace. */
export const ROLES = ['owner', 'member'] as const;

export type EventType = (typeof EVENT_TYPES)[number];
export type Category = (typeof CATEGORIES)[number];
export type GroupBy = (typeof GROUP_BY)[number];
export type Role = (typeof ROLES)[number];

const templateId = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const base = { id: z.uuid(), occurredAt: z.iso.datetime({ offset: true }) };

/** Minutes saved, with their category (and the template, when an output proposed them). */
export const timeSavedEvent = z.strictObject({
  ...base,
  type: z.literal('time_saved'),
  minutes: z.int().check(z.minimum(1), z.maximum(1440)),
  category: z.enum(CATEGORIES),
  templateId: z.optional(templateId),
});
/** A customer's satisfaction rating, 1 to 5 stars. */
export const ratingEvent = z.strictObject({
  ...base,
  type: z.literal('rating'),
  stars: z.int().check(z.minimum(1), z.maximum(5)),
  templateId: z.optional(templateId),
});
/** A human validated an output made from a template. */
export const documentValidatedEvent = z.strictObject({
  ...base,
  type: z.literal('document_validated'),
  templateId,
});
/** Withdraws an earlier event of the same workspace from every indicator. */
export const retractionEvent = z.strictObject({
  ...base,
  type: z.literal('retraction'),
  retracts: z.uuid(),
});
/** Any indicator event; extra keys are refused (strict objects). */
export const indicatorEvent = z.discriminatedUnion('type', [
  timeSavedEvent,
  ratingEvent,
  documentValidatedEvent,
  retractionEvent,
]);
/** Body of `POST /v1/events`. */
export const eventsBatch = z.strictObject({
  events: z.array(indicatorEvent).check(z.minLength(1), z.maxLength(MAX_BATCH)),
});
/** Answer of `POST /v1/events`: new rows, and events the server already held. */
export const eventsResult = z.object({ accepted: z.int(), duplicates: z.int() });

/** Body of `POST /v1/pair`: a pairing code (any case, dashes and spaces allowed) and a label. */
export const pairRequest = z.strictObject({
  code: z.string().check(z.minLength(1), z.maxLength(40)),
  deviceName: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
});
/** Answer of `POST /v1/pair`: keep the token; it is shown only once. */
export const pairResponse = z.object({
  deviceId: z.uuid(),
  token: z.string(),
  role: z.enum(ROLES),
  workspace: z.object({ id: z.uuid(), name: z.string() }),
});

const isoDate = z.iso.date();
/** Query of `GET /v1/indicators`: an inclusive range of calendar days in the server's time zone. */
export const indicatorsQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    groupBy: z._default(z.enum(GROUP_BY), 'week'),
  })
  .check(z.refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] }));

const figures = {
  minutes: z.number(),
  events: z.int(),
  ratings: z.int(),
  ratingAvg: z.nullable(z.number()),
};
/**
 * One group of indicators. Keys: a week's Monday (YYYY-MM-DD), a category, a template id, or
 * "<device name> (<device id>)"; null gathers events without a category or template.
 */
export const indicatorGroup = z.object({ key: z.nullable(z.string()), ...figures });
/** Answer of `GET /v1/indicators`; retracted events are excluded everywhere. */
export const indicatorsResponse = z.object({
  groups: z.array(indicatorGroup),
  totals: z.object(figures),
});

/** Answer of `POST /v1/pairings` (owner only): a member pairing code, single-use. */
export const pairingCreated = z.object({ code: z.string(), expiresAt: z.iso.datetime() });
/** A paired device as the owner sees it. */
export const deviceInfo = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.enum(ROLES),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.nullable(z.iso.datetime()),
  revoked: z.boolean(),
});
/** Answer of `GET /v1/devices` (owner only). */
export const devicesResponse = z.object({ devices: z.array(deviceInfo) });
/** Answer of `GET /v1/health`. */
export const healthResponse = z.object({
  status: z.literal('ok'),
  db: z.enum(['pglite', 'postgres']),
});
/** Every error the API returns; `issues` lists each invalid field with its path. */
export const errorBody = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.optional(
    z.array(
      z.object({
        path: z.array(z.union([z.string(), z.number()])),
        code: z.string(),
        message: z.string(),
      }),
    ),
  ),
});

export type TimeSavedEvent = z.infer<typeof timeSavedEvent>;
export type RatingEvent = z.infer<typeof ratingEvent>;
export type DocumentValidatedEvent = z.infer<typeof documentValidatedEvent>;
export type RetractionEvent = z.infer<typeof retractionEvent>;
export type IndicatorEvent = z.infer<typeof indicatorEvent>;
export type EventsBatch = z.infer<typeof eventsBatch>;
export type EventsResult = z.infer<typeof eventsResult>;
export type PairRequest = z.infer<typeof pairRequest>;
export type PairResponse = z.infer<typeof pairResponse>;
export type IndicatorsQuery = z.infer<typeof indicatorsQuery>;
export type IndicatorGroup = z.infer<typeof indicatorGroup>;
export type IndicatorsResponse = z.infer<typeof indicatorsResponse>;
export type PairingCreated = z.infer<typeof pairingCreated>;
export type DeviceInfo = z.infer<typeof deviceInfo>;
export type DevicesResponse = z.infer<typeof devicesResponse>;
export type HealthResponse = z.infer<typeof healthResponse>;
export type ErrorBody = z.infer<typeof errorBody>;

/** Pairing-code alphabet: digits and capitals without look-alikes (no 0/O, 1/I/L, U/V). */
export const PAIRING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
/** Characters in a pairing code (29^10 ≈ 4·10^14 possibilities). */
export const PAIRING_CODE_LENGTH = 10;

/** The canonical form of a typed pairing code (upper case, no dashes or spaces), or null. */
export function normalizePairingCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== PAIRING_CODE_LENGTH) return null;
  for (const char of code) if (!PAIRING_CODE_ALPHABET.includes(char)) return null;
  return code;
}

/** A canonical pairing code grouped for reading aloud and typing: `K7Q4-MX2P-9T`. */
export function formatPairingCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** Splits a device group key ("<name> (<id>)") back into the device's name and id. */
export function parseDeviceKey(key: string): { name: string; id: string } | null {
  const match = /^(.*) \(([0-9a-f-]{36})\)$/.exec(key);
  return match ? { name: match[1]!, id: match[2]! } : null;
}
