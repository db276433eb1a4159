import { For, Show } from 'solid-js';
import { settings } from '../../app/preferences';
import { createLiveQuery } from '../../db/live';
import { listBetween } from '../../db/timeEntries';
import { language, t } from '../../i18n';
import { formatDate, formatMinutes } from '../../i18n/format';
import { now } from '../../lib/clock';
import { startOfIsoWeek, startOfNextIsoWeek } from '../../lib/week';
import { EmptyState } from '../../ui/EmptyState';

/** Time saved: this week's entries against the weekly goal. */
export default function TimeScreen() {
  const at = now();
  const entries = createLiveQuery(() => listBetween(startOfIsoWeek(at), startOfNextIsoWeek(at)));
  const total = () => (entries.value() ?? []).reduce((sum, entry) => sum + entry.minutes, 0);
  return (
    <div class="screen">
      <h1>{t('time.title')}</h1>
      <section class="card" aria-labelledby="time-week">
        <h2 id="time-week">{t('time.week')}</h2>
        <p class="big-figure">
          {t('home.week.progress', {
            saved: formatMinutes(total(), language()),
            goal: formatMinutes(settings().weeklyGoalMinutes, language()),
          })}
        </p>
        <p class="hint">{t('time.benchmark')}</p>
      </section>
      <Show
        when={(entries.value() ?? []).length > 0}
        fallback={<EmptyState title={t('time.emptyTitle')} text={t('time.empty')} />}
      >
        <ul class="list">
          <For each={entries.value()}>
            {(entry) => (
              <li class="list-item">
                <span>{t(`categories.${entry.category}`)}</span>
                <span>{formatMinutes(entry.minutes, language())}</span>
                <span class="muted">{formatDate(entry.occurredAt, language())}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
