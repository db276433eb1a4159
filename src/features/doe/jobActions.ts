import { appendChecklist } from '../../db/doeItems';
import { createJob, deleteJob, type JobInput, updateJob } from '../../db/jobs';
import { readMeta, writeMeta } from '../../db/meta';
import type { JobRecord } from '../../db/schema';
import { requestPersistenceOnce } from '../../db/storage';
import { CHECKLISTS, type ChecklistId, isChecklistId } from './checklists';
import { emptyJobForm, itemSeeds, type JobForm } from './jobRules';
import { td } from './strings';
import { attempt, showToast } from './toast';

// Actions on jobs the DOE screens call. Each write goes through `attempt` (tracked, failures
// shown); the new-job form is kept as a draft at every keystroke until the job exists.

const DRAFT = 'doeNewJob';

/** The new-job form as last typed, or a blank one starting with `checklists`. */
export async function loadJobDraft(checklists: ChecklistId[]): Promise<JobForm> {
  const saved = await readMeta<Partial<JobForm>>(DRAFT);
  const form = { ...emptyJobForm(checklists), ...saved };
  return { ...form, checklists: form.checklists.filter(isChecklistId) };
}

/** Keeps the new-job form as typed. */
export function saveJobDraft(form: JobForm): Promise<unknown> {
  return attempt(() => writeMeta(DRAFT, form));
}

/** Creates the job from the form and its DOE from the chosen checklists; forgets the draft. */
export async function createJobFromForm(form: JobForm): Promise<JobRecord | null> {
  const input: JobInput = {
    name: form.name.trim(),
    customer: { name: form.customerName.trim(), address: form.customerAddress.trim() },
    siteAddress: form.siteAddress.trim(),
    lot: form.lot.trim(),
    checklists: form.checklists,
    startDate: form.startDate,
    endDate: form.endDate,
  };
  const job = await attempt(async () => {
    const created = await createJob(input, itemSeeds(form.checklists));
    await writeMeta(DRAFT, null);
    return created;
  });
  if (job) void requestPersistenceOnce().catch(() => undefined);
  return job;
}

/** Saves a job's fields as typed. */
export function saveJob(id: string, changes: Parameters<typeof updateJob>[1]): Promise<unknown> {
  return attempt(() => updateJob(id, changes));
}

/** Adds a checklist's items that the job lacks; tells how many came. */
export async function addChecklist(job: JobRecord, checklist: ChecklistId): Promise<void> {
  const seeds = CHECKLISTS[checklist].map((item) => ({
    checklistItemId: item.id,
    required: item.required,
  }));
  const added = await attempt(() => appendChecklist(job.id, checklist, seeds));
  if (added === null) return;
  showToast({ message: () => td('edit.checklistAdded', { count: added }) });
}

/** Deletes a job, its DOE and its photos and files (asked for confirmation by the screen). */
export async function removeJob(job: JobRecord): Promise<boolean> {
  const done = await attempt(async () => {
    await deleteJob(job.id);
    return true;
  });
  if (done) showToast({ message: () => td('edit.deleted', { name: job.name }) });
  return done === true;
}
