import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n';
import { Button } from '../../ui/Button';
import { Loaded } from '../../ui/Feedback';
import { createDocumentRating, recordReviewRating } from './doneState';

/** After a review reply: records the review's stars as customer satisfaction, once, in one tap. */
export function ReviewRating(props: { documentId: string; stars: number }) {
  const existing = createDocumentRating(() => props.documentId);
  const [busy, setBusy] = createSignal(false);
  const stars = () => Math.min(5, Math.max(1, Math.round(props.stars))) as 1 | 2 | 3 | 4 | 5;
  const record = async () => {
    setBusy(true);
    await recordReviewRating(props.documentId, stars());
    setBusy(false);
  };
  return (
    <section class="card" aria-labelledby="review-rating-title">
      <h2 id="review-rating-title">{t('compose:compose.ratingTitle')}</h2>
      <Loaded query={existing} loading={null}>
        {(rating) => (
          <Show
            when={rating()}
            fallback={
              <>
                <p>{t('compose:compose.ratingQuestion', { count: stars() })}</p>
                <Button variant="primary" wide disabled={busy()} onClick={() => void record()}>
                  {t('compose:compose.ratingConfirm', { count: stars() })}
                </Button>
              </>
            }
          >
            {(saved) => (
              <p role="status">{t('compose:compose.ratingSaved', { count: saved().stars })}</p>
            )}
          </Show>
        )}
      </Loaded>
    </section>
  );
}
