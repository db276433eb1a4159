import { v7 } from 'uuid';
import { now } from './clock';

/** A new time-ordered UUIDv7, stamped with the app clock so ids sort like creation times. */
export function newId(): string {
  return v7({ msecs: now() });
}
