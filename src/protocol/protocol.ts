// The sync API's bodies, shared by the server (server/) and the app (src/sync, loaded lazily).
// This module is pure: it imports zod and src/domain only, so the server and the app both
// depend on it and neither on the other.
// Invariants: no Node or DOM imports here, and nothing an event carries can hold free text or
// customer data — every field is an id, a number, a date or a value from a closed list.
// zod/mini keeps this module small in the app bundle (~9 KB gzipped instead of ~25 KB).
import * as z from 'zod/mini';
import { TIME_CATEGORIES } from '../domain/categories';
import {
  ENTRY_MINUTES,
  EVENT_DATES,
  INDICATOR_RANGE,
  MAX_BATCH,
  MAX_UTC_OFFSET_MINUTES,
  STARS,
  TEMPLATE_ID_MAX,
} from '../domain/limits';
import { DEVICE_NAME_MAX, hasForbiddenNameCharacter, WORKSPACE_NAME_MAX } from '../domain/names';
import { GROUP_BY, ROLES } from '../domain/sync';

export { MAX_BATCH, MAX_BODY_BYTES } from '../domain/limits';
export {
  EVENT_TYPES,
  type EventType,
  GROUP_BY,
  type GroupBy,
  ROLES,
  type Role,
} from '../domain/sync';

const templateId = z.string().check(z.regex(new RegExp(`^[a-z0-9-]{1,${TEMPLATE_ID_MAX}}$`)));

/** The UTC offset of an ISO date-time, in minutes either way (0 for `Z`). */
function offsetMinutes(value: string): number {
  const match = /[+-](\d{2}):(\d{2})$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : 0;
}
/** An instant with its offset, within real time zones, not before EVENT_DATES.firstDay (local). */
const occurredAt = z.iso.datetime({ offset: true }).check(
  z.refine((value) => offsetMinutes(value) <= MAX_UTC_OFFSET_MINUTES, {
    message: 'The UTC offset must be between -14:00 and +14:00',
  }),
  z.refine((value) => value.slice(0, 10) >= EVENT_DATES.firstDay, {
    message: `The date must not be before ${EVENT_DATES.firstDay}`,
  }),
);
const base = { id: z.uuid(), occurredAt };

/** Minutes saved, with their category (and the template, when an output proposed them). */
export const timeSavedEvent = z.strictObject({
  ...base,
  type: z.literal('time_saved'),
  minutes: z.int().check(z.minimum(ENTRY_MINUTES.min), z.maximum(ENTRY_MINUTES.max)),
  category: z.enum(TIME_CATEGORIES),
  templateId: z.optional(templateId),
});
/** A customer's satisfaction rating, 1 to 5 stars. */
export const ratingEvent = z.strictObject({
  ...base,
  type: z.literal('rating'),
  stars: z.int().check(z.minimum(STARS.min), z.maximum(STARS.max)),
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
/**
 * `POST /v1/events` as the server reads it at `now()` (ms): also refuses, at their own paths, the
 * events dated more than EVENT_DATES.aheadMs after that. A clock is needed, so it is a function.
 */
export function eventsBatchAt(now: () => number) {
  return eventsBatch.check(
    z.superRefine((batch, ctx) => {
      // Runs even when other fields failed: the events may not all be parsed.
      if (!Array.isArray(batch?.events)) return;
      const latest = now() + EVENT_DATES.aheadMs;
      batch.events.forEach((event: unknown, i: number) => {
        const at = (event as { occurredAt?: unknown } | null)?.occurredAt;
        if (typeof at !== 'string' || !(Date.parse(at) > latest)) return;
        ctx.issues.push({
          code: 'custom',
          message: "The date is more than a day after the server's clock",
          input: at,
          path: ['events', i, 'occurredAt'],
        });
      });
    }),
  );
}
/** Answer of `POST /v1/events`: new rows, and events the server already held. */
export const eventsResult = z.object({ accepted: z.int(), duplicates: z.int() });

/** A name people type: trimmed, not empty, no control or bidirectional characters. */
const typedName = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(max),
    z.refine((name) => !hasForbiddenNameCharacter(name), {
      message: 'Control and bidirectional characters are not allowed in a name',
    }),
  );
const code = z.string().check(z.minLength(1), z.maxLength(40));

/** Body of `POST /v1/pair`: a pairing code (any case, dashes and spaces allowed) and a label. */
export const pairRequest = z.strictObject({ code, deviceName: typedName(DEVICE_NAME_MAX) });
/** Answer of `POST /v1/pair`: keep the token; it is shown only once. */
export const pairResponse = z.object({
  deviceId: z.uuid(),
  token: z.string(),
  role: z.enum(ROLES),
  workspace: z.object({ id: z.uuid(), name: z.string() }),
});

/**
 * Body of `POST /v1/setup`: the server's setup code (printed at its first start) creates the
 * team's workspace, and this device becomes its owner.
 */
export const setupRequest = z.strictObject({
  code,
  workspaceName: typedName(WORKSPACE_NAME_MAX),
  deviceName: typedName(DEVICE_NAME_MAX),
});
/** Answer of `POST /v1/setup`: the same as a pairing's (role `owner`); the token is shown once. */
export const setupResponse = pairResponse;

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDate = z.iso.date().check(
  z.refine((day) => day >= EVENT_DATES.firstDay && day <= INDICATOR_RANGE.lastDay, {
    message: `Days go from ${EVENT_DATES.firstDay} to ${INDICATOR_RANGE.lastDay}`,
  }),
);
/**
 * Query of `GET /v1/indicators`: an inclusive range of calendar days in the server's time zone,
 * at most INDICATOR_RANGE.maxDays long.
 */
export const indicatorsQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    groupBy: z._default(z.enum(GROUP_BY), 'week'),
  })
  .check(
    z.refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] }),
    z.refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / DAY_MS < INDICATOR_RANGE.maxDays, {
      message: `A range covers at most ${INDICATOR_RANGE.maxDays} days`,
      path: ['to'],
    }),
  );

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
export type SetupRequest = z.infer<typeof setupRequest>;
export type SetupResponse = z.infer<typeof setupResponse>;
export type IndicatorsQuery = z.infer<typeof indicatorsQuery>;
export type IndicatorGroup = z.infer<typeof indicatorGroup>;
export type IndicatorsResponse = z.infer<typeof indicatorsResponse>;
export type PairingCreated = z.infer<typeof pairingCreated>;
export type DeviceInfo = z.infer<typeof deviceInfo>;
export type DevicesResponse = z.infer<typeof devicesResponse>;
export type HealthResponse = z.infer<typeof healthResponse>;
export type ErrorBody = z.infer<typeof errorBody>;

export * from './codes';
