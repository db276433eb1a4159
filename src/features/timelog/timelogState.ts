import { addRating, deleteRating } from '../../db/ratings';
import type { Rating, TimeEntry } from '../../db/schema';
import { deleteEntry, logMinutes, restoreEntry, updateEntry } from '../../db/timeEntries';
import type { TimeCategory } from '../../domain/categories';
import { language, t } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import { runAction } from '../../ui/action';
import { reported, showToast } from '../../ui/Toast';
import { chooseQuickLogCategory, chooseWeeklyGoal } from '../settings/preferences';
import { exportCsv } from './exportCsv';

// Actions of the Time screen. Each writes through src/db (which tracks every write, so an app
// update waits for it), says what it did in the toast, with an undo where it can be undone, and
// reports a failure there too (then returns null, or false).

/** The records the Time screen shows (types only: components never import src/db). */
export type { Rating, TimeEntry };

const duration = (minutes: number) => formatMinutes(minutes, language());
const category = (value: TimeCategory) => t(`categories.${value}`);

/** Logs minutes saved by hand (quick log), with an undo. */
export async function logQuick(input: {
  minutes: number;
  category: TimeCategory;
  note?: string;
}): Promise<TimeEntry | null> {
  const note = input.note?.trim();
  const entry = reported(
    await runAction(() =>
      logMinutes({
        minutes: input.minutes,
        category: input.category,
        source: 'manual',
        ...(note ? { note } : {}),
      }),
    ),
  );
  if (entry) {
    // The next quick log proposes the same kind of task (a failure only loses that proposal).
    void chooseQuickLogCategory(entry.category);
    showToast({
      message: () =>
        t('timelog:quickLog.logged', {
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
  const rating = reported(await runAction(() => addRating({ stars, source: 'job' })));
  if (rating) {
    showToast({
      message: () => t('timelog:rating.saved', { stars: rating.stars }),
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
  const updated = reported(await runAction(() => updateEntry(entry.id, changes)));
  if (updated && updated.id !== entry.id) {
    const previous = { minutes: entry.minutes, category: entry.category, note: entry.note ?? '' };
    showToast({
      message: () => t('timelog:editor.saved'),
      undo: () => updateEntry(updated.id, previous),
    });
  }
  return updated;
}

/** Deletes an entry, with an undo that brings it back. */
export async function removeEntry(entry: TimeEntry): Promise<void> {
  const removed = reported(await runAction(() => deleteEntry(entry.id)));
  if (removed) {
    showToast({ message: () => t('timelog:entries.deleted'), undo: () => restoreEntry(removed) });
  }
}

/** Saves the weekly goal (minutes); true once saved. */
export async function saveWeeklyGoal(minutes: number): Promise<boolean> {
  const saved = reported(await chooseWeeklyGoal(minutes));
  if (saved)
    showToast({ message: () => t('timelog:dashboard.goalSaved', { goal: duration(minutes) }) });
  return saved !== null;
}

/** Exports every entry and rating as a CSV file (shared or downloaded), and says how it went. */
export async function exportEntries(): Promise<void> {
  const outcome = reported(await runAction(exportCsv, 'timelog:exportCsv.failed'));
  if (outcome === 'shared') showToast({ message: () => t('timelog:exportCsv.shared') });
  if (outcome === 'downloaded') showToast({ message: () => t('timelog:exportCsv.downloaded') });
}
