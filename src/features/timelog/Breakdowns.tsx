import { For, Show } from 'solid-js';
import { language, t } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import type { Dashboard } from './aggregate';
import { formatMonth } from './format';

/** A row of a breakdown: a label, a figure, and a bar as long as its share of the largest. */
function Row(props: { label: string; minutes: number; max: number; detail?: string }) {
  const width = () =>
    props.max > 0 && props.minutes > 0
      ? Math.max(2, Math.round((props.minutes / props.max) * 100))
      : 0;
  return (
    <li class="breakdown-row">
      <span class="breakdown-label">{props.label}</span>
      <span class="breakdown-figure">
        {formatMinutes(props.minutes, language())}
        <Show when={props.detail}>
          <span class="muted"> · {props.detail}</span>
        </Show>
      </span>
      <span class="breakdown-bar" aria-hidden="true">
        <span class="breakdown-fill" style={{ width: `${width()}%` }} />
      </span>
    </li>
  );
}

const largest = (rows: ReadonlyArray<{ minutes: number }>) =>
  rows.reduce((max, row) => Math.max(max, row.minutes), 0);

/** Minutes saved per month (the last six), per category and per template. */
export function Breakdowns(props: { dashboard: Dashboard; titleOf: (id: string) => string }) {
  const months = () => [...props.dashboard.months].reverse();
  return (
    <>
      <section class="card" aria-labelledby="months-title">
        <h2 id="months-title">{t('timelog:dashboard.months')}</h2>
        <ul class="list breakdown">
          <For each={months()}>
            {(month) => (
              <Row
                label={formatMonth(month.year, month.month)}
                minutes={month.minutes}
                max={largest(props.dashboard.months)}
              />
            )}
          </For>
        </ul>
      </section>
      <section class="card" aria-labelledby="categories-title">
        <h2 id="categories-title">{t('timelog:dashboard.byCategory')}</h2>
        <ul class="list breakdown">
          <For each={props.dashboard.byCategory}>
            {(row) => (
              <Row
                label={t(`categories.${row.category}`)}
                minutes={row.minutes}
                max={largest(props.dashboard.byCategory)}
              />
            )}
          </For>
        </ul>
      </section>
      <section class="card" aria-labelledby="templates-title">
        <h2 id="templates-title">{t('timelog:dashboard.byTemplate')}</h2>
        <Show
          when={props.dashboard.byTemplate.length > 0}
          fallback={<p class="hint">{t('timelog:dashboard.noTemplate')}</p>}
        >
          <ul class="list breakdown">
            <For each={props.dashboard.byTemplate}>
              {(row) => (
                <Row
                  label={props.titleOf(row.templateId)}
                  minutes={row.minutes}
                  max={largest(props.dashboard.byTemplate)}
                  detail={t('timelog:dashboard.uses', { count: row.count })}
                />
              )}
            </For>
          </ul>
        </Show>
      </section>
    </>
  );
}
