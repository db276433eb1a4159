// Sync vocabulary shared by the page, the service worker, the protocol and the server.

/** Indicator event types; a retraction tells the server to forget an earlier event. */
export const EVENT_TYPES = ['time_saved', 'rating', 'document_validated', 'retraction'] as const;
/** One indicator event type. */
export type EventType = (typeof EVENT_TYPES)[number];

/** How the team's indicators can be grouped. */
export const GROUP_BY = ['week', 'category', 'template', 'device'] as const;
/** One grouping of the team's indicators. */
export type GroupBy = (typeof GROUP_BY)[number];

/** Roles a device can hold in a workspace. */
export const ROLES = ['owner', 'member'] as const;
/** One role in a workspace. */
export type Role = (typeof ROLES)[number];

/** Background Sync tag the page registers when a push failed for want of network. */
export const SYNC_TAG = 'etabli-outbox';
/** Message the service worker posts to open pages on a Background Sync wake-up. */
export const SYNC_NOW = 'SYNC_NOW';
