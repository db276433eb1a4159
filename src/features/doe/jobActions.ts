import { getCustomer } from '../../db/customers';
import { appendChecklist } from '../../db/doeItems';
import { createJob, deleteJob, type JobInput, updateJob } from '../../db/jobs';
import { readMeta, writeMeta } from '../../db/meta';
import { loadProfile } from '../../db/profile';
import type { JobRecord } from '../../db/schema';
import { requestPersistenceOnce } from '../../db/storage';
import { t } from '../../i18n';
import { type ActionResult, runAction } from '../../ui/action';
import { showToast } from '../../ui/Toast';
import { CHECKLISTS, type ChecklistId, defaultChecklists, isChecklistId } from './checklists';
import { emptyJobForm, formCustomer, itemSeeds, type JobForm, withCustomer } from './jobRules';
import { saved } from './saved';

// Actions on jobs the DOE screens call. Each write goes through `saved` (failures said in the
// toast); the new-job form is kept as a draft at every keystroke until the job exists.

const DRAFT = 'doeNewJob';

/** The new-job form as last typed, or a blank one starting with `checklists`. */
export async function loadJobDraft(checklists: ChecklistId[]): Promise<JobForm> {
  const draft = await readMeta<Partial<JobForm>>(DRAFT);
  const form = { ...emptyJobForm(checklists), ...draft };
  return { ...form, checklists: form.checklists.filter(isChecklistId) };
}

/**
 * The form a new job starts from: the draft as last typed, or a blank one with the checklists of
 * the profile's trade and the common one (just the common one if the profile cannot be read).
 */
export function startJobForm(): Promise<ActionResult<JobForm>> {
  return runAction(async () => {
    const profile = await loadProfile().catch(() => undefined);
    return loadJobDraft(defaultChecklists(profile?.trade ?? ''));
  }, 'failures.read');
}

/** Keeps the new-job form as typed. */
export function saveJobDraft(form: JobForm): Promise<unknown> {
  return saved(() => writeMeta(DRAFT, form));
}

/** Creates the job from the form and its DOE from the chosen checklists; forgets the draft. */
export async function createJobFromForm(form: JobForm): Promise<JobRecord | null> {
  const input: JobInput = {
    name: form.name.trim(),
    customer: formCustomer(form),
    siteAddress: form.siteAddress.trim(),
    lot: form.lot.trim(),
    checklists: form.checklists,
    startDate: form.startDate,
    endDate: form.endDate,
  };
  const job = await saved(async () => {
    const created = await createJob(input, itemSeeds(form.checklists));
    await writeMeta(DRAFT, null);
    return created;
  });
  if (job) void requestPersistenceOnce().catch(() => undefined);
  return job;
}

/**
 * A job's customer once the one with `id` is picked (null: none), with its site address filled
 * from the customer when empty. The screen keeps it (new job) or saves it (`saveJob`).
 */
export function chooseCustomer(
  id: string | null,
  siteAddress: string,
): Promise<ActionResult<ReturnType<typeof withCustomer>>> {
  return runAction(async () => {
    const customer = id ? await getCustomer(id) : null;
    if (customer === undefined) throw new Error('The customer picked is gone');
    return withCustomer(customer, siteAddress);
  }, 'failures.read');
}

/** Saves a job's fields as typed (a linked customer's copy is refreshed with them). */
export function saveJob(id: string, changes: Parameters<typeof updateJob>[1]): Promise<unknown> {
  return saved(() => updateJob(id, changes));
}

/** Marks the job's DOE as handed over, and says so. */
export async function markHandedOver(jobId: string): Promise<void> {
  if ((await saved(() => updateJob(jobId, { status: 'handed-over' }))) === null) return;
  showToast({ message: () => t('doe:export.handedOver') });
}

/** Adds a checklist's items that the job lacks; tells how many came. */
export async function addChecklist(job: JobRecord, checklist: ChecklistId): Promise<void> {
  const seeds = CHECKLISTS[checklist].map((item) => ({
    checklistItemId: item.id,
    required: item.required,
  }));
  const added = await saved(() => appendChecklist(job.id, checklist, seeds));
  if (added === null) return;
  showToast({ message: () => t('doe:edit.checklistAdded', { count: added }) });
}

/** Deletes a job, its DOE and its photos and files (asked for confirmation by the screen). */
export async function removeJob(job: JobRecord): Promise<boolean> {
  const done = await saved(async () => {
    await deleteJob(job.id);
    return true;
  });
  // Said on the list of jobs, where the screen goes next.
  if (done) showToast({ message: () => t('doe:edit.deleted', { name: job.name }), screen: '/doe' });
  return done === true;
}
