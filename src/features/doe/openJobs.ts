import { listOpenJobs } from '../../db/jobs';
import { createLiveQuery, type LiveQuery } from '../../db/live';
import type { JobRecord } from '../../db/schema';

// What Home's jobs card reads, apart from the DOE screens' state: Home loads this small module
// after its first render, never the DOE chunk.

/** A job (the type only: components never import src/db). */
export type { JobRecord };

/** Jobs whose DOE is not handed over yet, newest change first, live. */
export function createOpenJobs(): LiveQuery<JobRecord[]> {
  return createLiveQuery(() => listOpenJobs());
}
