import { For } from 'solid-js';
import { t } from '../../i18n';
import { Button } from '../../ui/Button';
import { type Rating, rateJob } from './timelogState';

const STARS: ReadonlyArray<Rating['stars']> = [1, 2, 3, 4, 5];

/** A customer's satisfaction after a job, recorded in one tap (1 to 5 stars), with an undo. */
export function RatingCard() {
  return (
    <section class="card" aria-labelledby="rating-title">
      <h2 id="rating-title">{t('timelog:rating.title')}</h2>
      <p class="hint" id="rating-hint">
        {t('timelog:rating.intro')}
      </p>
      <div class="stars">
        <For each={STARS}>
          {(stars) => (
            <Button class="star" onClick={() => void rateJob(stars)}>
              <span aria-hidden="true">★</span>
              <span class="visually-hidden">{t('timelog:rating.stars', { count: stars })}</span>
              <span aria-hidden="true">{stars}</span>
            </Button>
          )}
        </For>
      </div>
    </section>
  );
}
