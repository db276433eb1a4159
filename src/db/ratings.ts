import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { db } from './database';
import type { Rating } from './schema';

/** Throws a RangeError unless `stars` is a whole number of stars from 1 to 5. */
function checkStars(stars: number): asserts stars is Rating['stars'] {
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) {
    throw new RangeError(`Stars must be a whole number from 1 to 5, got ${stars}`);
  }
}

/** Records a customer's rating and queues a `rating` event (stars, occurredAt only) in the same transaction. */
export async function addRating(input: {
  stars: Rating['stars'];
  source: Rating['source'];
  occurredAt?: number;
  documentId?: string;
}): Promise<Rating> {
  checkStars(input.stars);
  const occurredAt = input.occurredAt ?? now();
  if (!Number.isFinite(occurredAt)) throw new RangeError(`Invalid date ${occurredAt}`);
  const rating: Rating = {
    id: newId(),
    occurredAt,
    stars: input.stars,
    source: input.source,
    ...(input.documentId ? { documentId: input.documentId } : {}),
  };
  // Both or neither: a rating the server never hears of would make the team's figures lie.
  await db.transaction('rw', db.ratings, db.outbox, async () => {
    await db.ratings.add(rating);
    // The event carries indicators only: no source, no document, nothing about the customer.
    await db.outbox.add({
      id: rating.id,
      type: 'rating',
      occurredAt: rating.occurredAt,
      stars: rating.stars,
      queuedAt: now(),
    });
  });
  return rating;
}

/** The rating already recorded for a document, if any. */
export function ratingForDocument(documentId: string): Promise<Rating | undefined> {
  // `documentId` has no index (schema versions are frozen here): a scan, cheap at a few
  // thousand ratings.
  return db.ratings.filter((rating) => rating.documentId === documentId).first();
}

/** Ratings with from <= occurredAt < to (all when omitted), oldest first. */
export function listRatings(from = -Infinity, to = Infinity): Promise<Rating[]> {
  if (!(from < to)) return Promise.resolve([]);
  return db.ratings.where('occurredAt').between(from, to, true, false).toArray();
}

/** Deletes a rating and queues a `retraction` event {retracts: id}; returns what was deleted. */
export async function deleteRating(id: string): Promise<Rating | undefined> {
  return db.transaction('rw', db.ratings, db.outbox, async () => {
    const rating = await db.ratings.get(id);
    if (!rating) return undefined;
    await db.ratings.delete(id);
    // The outbox is append-only: the server may already hold the rating, so it is retracted.
    const at = now();
    await db.outbox.add({
      id: newId(),
      type: 'retraction',
      occurredAt: at,
      retracts: id,
      queuedAt: at,
    });
    return rating;
  });
}
