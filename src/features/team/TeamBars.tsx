import { For, Show } from 'solid-js';
import { language, t } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import { formatAverage } from './format';

/** One row of figures: a label, minutes, and the average rating when there is one. */
interface Figures {
  label: string;
  minutes: number;
  ratings: number;
  ratingAvg: number | null;
}

const largest = (rows: readonly Figures[]) =>
  rows.reduce((top, row) => Math.max(top, row.minutes), 0);
const share = (minutes: number, max: number) => (max > 0 ? Math.round((minutes / max) * 100) : 0);

function Figure(props: { row: Figures }) {
  return (
    <>
      {formatMinutes(props.row.minutes, language())}
      <Show when={props.row.ratingAvg !== null && props.row.ratings > 0}>
        <span class="muted"> · ★ {formatAverage(props.row.ratingAvg ?? 0)}</span>
      </Show>
    </>
  );
}

/** A bar list: label, figure, and a bar as long as its share of the largest. */
export function Bars(props: { rows: readonly Figures[]; label: string }) {
  return (
    <ul class="list team-bars" aria-label={props.label}>
      <For each={props.rows}>
        {(row) => (
          <li class="team-bar">
            <span class="team-bar-label">{row.label}</span>
            <span class="team-bar-figure">
              <Figure row={row} />
            </span>
            <span class="team-bar-track" aria-hidden="true">
              <span
                class="team-bar-fill"
                style={{ width: `${share(row.minutes, largest(props.rows))}%` }}
              />
            </span>
          </li>
        )}
      </For>
    </ul>
  );
}

/**
 * Weeks as columns, oldest first (compact on a 360 px screen), with the same figures as a table
 * for screen readers.
 */
export function WeekColumns(props: {
  weeks: ReadonlyArray<Figures & { short: string }>;
  label: string;
}) {
  const max = () => largest(props.weeks);
  return (
    <figure class="week-columns">
      <div class="week-columns-bars" aria-hidden="true">
        <For each={props.weeks}>
          {(week) => (
            <span class="week-column">
              <span class="week-column-fill" style={{ height: `${share(week.minutes, max())}%` }} />
            </span>
          )}
        </For>
      </div>
      <div class="week-columns-axis" aria-hidden="true">
        <span>{props.weeks[0]?.short}</span>
        <span>{props.weeks.at(-1)?.short}</span>
      </div>
      <table class="visually-hidden">
        <caption>{props.label}</caption>
        <tbody>
          <For each={props.weeks}>
            {(week) => (
              <tr>
                <th scope="row">{week.label}</th>
                <td>
                  <Figure row={week} />
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <figcaption class="hint">
        <Show when={props.weeks.at(-1)}>
          {(last) => (
            <>
              {t('team:dashboard.weekFigure', { week: last().label })} <Figure row={last()} />
            </>
          )}
        </Show>
      </figcaption>
    </figure>
  );
}
