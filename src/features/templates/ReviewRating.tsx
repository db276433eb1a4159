import { createResource, Show } from 'solid-js';
import { addRating, ratingForDocument } from '../../db/ratings';
import { t } from '../../i18n';

/** After a review reply: records the review's stars as customer satisfaction, once, in one tap. */
export function ReviewRating(props: { documentId: string; stars: number }) {
  const [existing, { mutate }] = createResource(() => props.documentId, ratingForDocument);
  const stars = () => Math.min(5, Math.max(1, Math.round(props.stars))) as 1 | 2 | 3 | 4 | 5;
  const record = async () => {
    mutate(await addRating({ stars: stars(), source: 'review', documentId: props.documentId }));
  };
  return (
    <section class="card" aria-labelledby="review-rating-title">
      <h2 id="review-rating-title">{t('compose.ratingTitle')}</h2>
      <Show
        when={existing()}
        fallback={
          <Show when={!existing.loading}>
            <p>{t('compose.ratingQuestion', { count: stars() })}</p>
            <button type="button" class="button primary wide" onClick={() => void record()}>
              {t('compose.ratingConfirm', { count: stars() })}
            </button>
          </Show>
        }
      >
        <p role="status">{t('compose.ratingSaved', { count: existing()?.stars ?? stars() })}</p>
      </Show>
    </section>
  );
}
