import { db } from './database';
import { emptyProfile, loadProfile } from './profile';

/**
 * Whether this device already holds the artisan's work: a profile field typed, a document, a
 * minute logged or a rating. Such a device is never shown the first-run welcome.
 */
export async function deviceInUse(): Promise<boolean> {
  const blank = emptyProfile();
  const [profile, documents, entries, ratings] = await Promise.all([
    loadProfile(),
    db.documents.count(),
    db.timeEntries.count(),
    db.ratings.count(),
  ]);
  const typed = (Object.keys(blank) as (keyof typeof blank)[]).some(
    (field) => profile[field] !== blank[field],
  );
  return typed || documents > 0 || entries > 0 || ratings > 0;
}
