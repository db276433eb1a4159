// Vocabulary of the DOE (dossier des ouvrages exécutés) shared by storage, screens and the PDF.

/** A job's life: work going on, work finished with the DOE still to hand over, DOE handed over. */
export const JOB_STATUSES = ['in-progress', 'finished', 'handed-over'] as const;
/** One job status. */
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Whether a job still needs its DOE (shown on Home): not yet handed over. */
export function isOpenJob(status: JobStatus): boolean {
  return status !== 'handed-over';
}

/** Where a DOE document stands: still owed (à fournir), received, or not applicable. */
export const DOE_ITEM_STATUSES = ['missing', 'received', 'not-applicable'] as const;
/** One DOE item status. */
export type DoeItemStatus = (typeof DOE_ITEM_STATUSES)[number];

/** What is attached to a DOE item: a photo (resized, with a thumbnail) or a file kept as is. */
export const ATTACHMENT_KINDS = ['photo', 'file'] as const;
/** One kind of attachment. */
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
