import type { CustomerRecord, DoeItemRecord, JobCustomer } from '../../db/schema';
import { DOE_TEXT_MAX } from '../../domain/limits';
import { type ChecklistId, composeChecklists } from './checklists';

// Pure rules of the DOE screens: the job form's checks, progress, what is missing, labels.

/** The new-job form as typed (kept as a draft until the job is created). */
export interface JobForm {
  name: string;
  /** The stored customer picked, or '' for none. */
  customerId: string;
  /**
   * The customer's name and address: a copy of the picked one's, or as typed on a draft kept
   * from before customers were stored.
   */
  customerName: string;
  customerAddress: string;
  siteAddress: string;
  lot: string;
  startDate: string;
  endDate: string;
  checklists: ChecklistId[];
}

/** A blank form starting with `checklists`. */
export function emptyJobForm(checklists: ChecklistId[]): JobForm {
  return {
    name: '',
    customerId: '',
    customerName: '',
    customerAddress: '',
    siteAddress: '',
    lot: '',
    startDate: '',
    endDate: '',
    checklists,
  };
}

/** The fields of the form typed as text (the customer is picked, the checklists ticked). */
export type JobTextField = 'name' | 'siteAddress' | 'lot' | 'startDate' | 'endDate';

/** The form's customer as a job stores it: linked by id, or typed. */
export function formCustomer(form: JobForm): JobCustomer {
  const typed = { name: form.customerName.trim(), address: form.customerAddress.trim() };
  return form.customerId ? { id: form.customerId, ...typed } : typed;
}

/** The form's fields holding a job's customer. */
export function customerFormFields(
  customer: JobCustomer,
): Pick<JobForm, 'customerId' | 'customerName' | 'customerAddress'> {
  return {
    customerId: customer.id ?? '',
    customerName: customer.name,
    customerAddress: customer.address,
  };
}

/**
 * A job's customer once `customer` is picked (null: none), and its site address: kept when
 * typed, else the customer's work-site address, else its address.
 */
export function withCustomer(
  customer: CustomerRecord | null,
  siteAddress: string,
): { customer: JobCustomer; siteAddress: string } {
  if (!customer) return { customer: { name: '', address: '' }, siteAddress };
  const known = customer.siteAddress.trim() || customer.address.trim();
  return {
    customer: { id: customer.id, name: customer.name, address: customer.address },
    siteAddress: siteAddress.trim() === '' && known ? known : siteAddress,
  };
}

/** What a job's form shows of its customer. */
export type CustomerChoice =
  /** The picked customer is being read. */
  | { kind: 'reading' }
  /** A stored customer, edited in place. */
  | { kind: 'linked'; customer: CustomerRecord }
  /**
   * Only the job's copy: typed before customers were stored, or the linked customer is gone
   * (`gone`). It is shown, and a customer can be picked or created from it.
   */
  | { kind: 'copy'; name: string; address: string; gone: boolean }
  | { kind: 'none' };

/**
 * The form's view of a job's customer, from what the job stores and the live lookup of its
 * linked customer (`lookup.id` is the id it answers for: another id means still reading).
 */
export function customerChoice(
  stored: JobCustomer,
  lookup: { id: string | null; customer: CustomerRecord | undefined } | undefined,
): CustomerChoice {
  if (stored.id) {
    if (!lookup || lookup.id !== stored.id) return { kind: 'reading' };
    if (lookup.customer) return { kind: 'linked', customer: lookup.customer };
  }
  if (stored.name.trim() || stored.address.trim()) {
    return { kind: 'copy', name: stored.name, address: stored.address, gone: Boolean(stored.id) };
  }
  return { kind: 'none' };
}

/** A field of the form that can be wrong. */
export type JobFormField = 'name' | 'endDate' | 'checklists';

/** What must be fixed before the job is created: field → locale key (`doe` namespace). */
export function jobFormProblems(form: JobForm): Partial<Record<JobFormField, string>> {
  const problems: Partial<Record<JobFormField, string>> = {};
  const name = form.name.trim();
  if (name === '') problems.name = 'doe:mistakes.nameRequired';
  else if (name.length > DOE_TEXT_MAX) problems.name = 'doe:mistakes.tooLong';
  if (form.startDate && form.endDate && form.endDate < form.startDate) {
    problems.endDate = 'doe:mistakes.datesOrder';
  }
  if (form.checklists.length === 0) problems.checklists = 'doe:mistakes.checklistsRequired';
  return problems;
}

/** The items a job starts with: its checklists' items, each once. */
export function itemSeeds(checklists: readonly ChecklistId[]) {
  return composeChecklists(checklists).map((item) => ({
    checklistItemId: item.id,
    required: item.required,
  }));
}

/** Whether an item is settled: received, or not applicable to this job. */
export function isSettled(item: Pick<DoeItemRecord, 'status'>): boolean {
  return item.status !== 'missing';
}

/** How far a DOE is: required items settled out of required items, and all items. */
export interface Progress {
  required: number;
  requiredSettled: number;
  total: number;
  settled: number;
}

/** Counts the progress of a DOE's items. */
export function progressOf(items: readonly Pick<DoeItemRecord, 'status' | 'required'>[]): Progress {
  const required = items.filter((item) => item.required);
  return {
    required: required.length,
    requiredSettled: required.filter(isSettled).length,
    total: items.length,
    settled: items.filter(isSettled).length,
  };
}

/** The share of required items settled, 0–100 (100 when nothing is required). */
export function progressPercent(progress: Progress): number {
  if (progress.required === 0) return 100;
  return Math.round((progress.requiredSettled / progress.required) * 100);
}

/** Required items still to provide: what is listed before export. */
export function missingRequired<T extends Pick<DoeItemRecord, 'status' | 'required'>>(
  items: readonly T[],
): T[] {
  return items.filter((item) => item.required && !isSettled(item));
}

/** The item's name: the artisan's wording, or its checklist label in the current language. */
export function itemLabel(
  item: Pick<DoeItemRecord, 'label' | 'checklistItemId'>,
  translate: (key: string) => string,
): string {
  if (item.label?.trim()) return item.label;
  return item.checklistItemId ? translate(`doe:items.${item.checklistItemId}.label`) : '';
}
