import { createSignal } from 'solid-js';
import { addRating, deleteRating } from '../../db/ratings';
import type { Rating, TimeEntry } from '../../db/schema';
import { deleteEntry, logMinutes, restoreEntry, updateEntry } from '../../db/timeEntries';
import type { TimeCategory } from '../../domain/categories';
import { UNDO_MS } from '../../domain/limits';
import { language, t } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import { chooseWeeklyGoal } from '../settings/preferences';
import { tl } from './strings';

// Feature state of the Time screen: the actions its components call (each goes through
// `src/db/`, which tracks every write, so an app update waits for it) and the one toast they share.

/** How long an undo stays offered. */

/** What the toast says, and what its Undo button does (when there is one). */
export interface Toast {
  message: () => string;
  undo?: () => Promise<unknown>;
  error?: boolean;
}

const [toast, setToast] = createSignal<Toast | null>(null);
let timer: ReturnType<typeof setTimeout> | undefined;

/** The toast shown at the bottom of the Time screen, or null. */
export { toast };

function show(next: Toast): void {
  clearTimeout(timer);
  setToast(next);
  timer = setTimeout(() => setToast(null), UNDO_MS);
}

/** Hides the toast (its undo is no longer offered). */
export function dismissToast(): void {
  clearTimeout(timer);
  setToast(null);
}

/** Runs the toast's undo once, then hides it. */
export async function undoToast(): Promise<void> {
  const current = toast();
  dismissToast();
  if (!current?.undo) return;
  try {
    await current.undo();
  } catch (error) {
    console.error('Undo failed', error);
    show({ message: () => tl('toast.failed'), error: true });
  }
}

/** Runs a write; a failure (quota, blocked database) becomes a toast instead of vanishing. */
async function attempt<T>(write: () => Promise<T>): Promise<T | null> {
  try {
    return await write();
  } catch (error) {
    console.error('Time log write failed', error);
    show({ message: () => tl('toast.failed'), error: true });
    return null;
  }
}

const duration = (minutes: number) => formatMinutes(minutes, language());
const category = (value: TimeCategory) => t(`categories.${value}`);

/** Logs minutes saved by hand (quick log), with an undo. */
export async function logQuick(input: {
  minutes: number;
  category: TimeCategory;
  note?: string;
}): Promise<TimeEntry | null> {
  const note = input.note?.trim();
  const entry = await attempt(() =>
    logMinutes({
      minutes: input.minutes,
      category: input.category,
      source: 'manual',
      ...(note ? { note } : {}),
    }),
  );
  if (entry) {
    show({
      message: () =>
        tl('quickLog.logged', {
          duration: duration(entry.minutes),
          category: category(entry.category),
        }),
      undo: () => deleteEntry(entry.id),
    });
  }
  return entry;
}

/** Records a customer's rating after a job, with an undo. */
export async function rateJob(stars: Rating['stars']): Promise<Rating | null> {
  const rating = await attempt(() => addRating({ stars, source: 'job' }));
  if (rating) {
    show({
      message: () => tl('rating.saved', { stars: rating.stars }),
      undo: () => deleteRating(rating.id),
    });
  }
  return rating;
}

/** Changes an entry's minutes, category or note; the undo puts the old values back. */
export async function saveEntry(
  entry: TimeEntry,
  changes: { minutes: number; category: TimeCategory; note: string },
): Promise<TimeEntry | null> {
  const updated = await attempt(() => updateEntry(entry.id, changes));
  if (updated && updated.id !== entry.id) {
    const previous = { minutes: entry.minutes, category: entry.category, note: entry.note ?? '' };
    show({
      message: () => tl('editor.saved'),
      undo: () => updateEntry(updated.id, previous),
    });
  }
  return updated;
}

/** Deletes an entry, with an undo that brings it back. */
export async function removeEntry(entry: TimeEntry): Promise<void> {
  const removed = await attempt(() => deleteEntry(entry.id));
  if (removed) {
    show({ message: () => tl('entries.deleted'), undo: () => restoreEntry(removed) });
  }
}

/** Saves the weekly goal (minutes). */
export async function saveWeeklyGoal(minutes: number): Promise<boolean> {
  const done = await attempt(async () => {
    await chooseWeeklyGoal(minutes);
    return true;
  });
  if (done) show({ message: () => tl('dashboard.goalSaved', { goal: duration(minutes) }) });
  return done === true;
}

/** Shows a short message (e.g. the export's outcome). */
export function notify(message: () => string, error = false): void {
  show({ message, error });
}
