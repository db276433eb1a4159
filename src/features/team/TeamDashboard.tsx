import { createEffect, Match, Show, Switch } from 'solid-js';
import { TIME_CATEGORIES } from '../../domain/categories';
import { language, loadNamespace, t } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import type { Pairing } from '../../sync/state';
import { DASHBOARD_WEEKS, type TeamIndicators } from '../../sync/team';
import { FAMILIES, findTemplate } from '../../templates/catalogue';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/Feedback';
import { templateTitle } from '../templates/labels';
import { failureText } from './DevicesCard';
import { formatAverage, formatClock, formatDateTime, formatShortDay, tm } from './strings';
import { Bars, WeekColumns } from './TeamBars';
import { breakdownRows, deviceLabel, isCategory, weekRows } from './teamRules';
import { useIndicators } from './teamState';

function Figures(props: { indicators: TeamIndicators; deviceId: string }) {
  // Template titles live in the families' phrase banks.
  createEffect(() => {
    const lang = language();
    void Promise.all(FAMILIES.map((family) => loadNamespace(lang, family))).catch(() => undefined);
  });
  const groups = () => props.indicators.groups;
  const weeks = () =>
    weekRows(groups().week, props.indicators.from, DASHBOARD_WEEKS).map((week) => ({
      ...week,
      label: tm('dashboard.weekOf', { date: formatShortDay(week.monday) }),
      short: formatShortDay(week.monday),
    }));
  const categories = () =>
    breakdownRows(
      groups().category,
      (key) => (isCategory(key, TIME_CATEGORIES) ? t(`categories.${key}`) : key),
      tm('dashboard.noCategory'),
    ).filter((row) => row.minutes > 0);
  const templates = () =>
    breakdownRows(
      groups().template,
      (id) => {
        const template = findTemplate(id);
        return template ? templateTitle(template) : id;
      },
      tm('dashboard.noTemplate'),
    );
  const devices = () =>
    breakdownRows(
      groups().device,
      (key) => {
        const device = deviceLabel(key, props.deviceId);
        return device.self ? `${device.name} (${tm('devices.self')})` : device.name;
      },
      '—',
    );
  const totals = () => props.indicators.totals;
  return (
    <Show when={totals().events > 0} fallback={<p class="hint">{tm('dashboard.empty')}</p>}>
      <div class="team-totals">
        <section aria-labelledby="team-total-title">
          <h3 id="team-total-title">{tm('dashboard.total')}</h3>
          <p class="big-figure" data-testid="team-total">
            {formatMinutes(totals().minutes, language())}
          </p>
        </section>
        <section aria-labelledby="team-satisfaction-title">
          <h3 id="team-satisfaction-title">{tm('dashboard.satisfaction')}</h3>
          <Show
            when={totals().ratings > 0 && totals().ratingAvg !== null}
            fallback={<p class="hint">{tm('dashboard.noRatings')}</p>}
          >
            <p class="big-figure" data-testid="team-satisfaction">
              {tm('dashboard.average', { average: formatAverage(totals().ratingAvg ?? 0) })}
            </p>
            <p class="hint">{tm('dashboard.ratings', { count: totals().ratings })}</p>
          </Show>
        </section>
      </div>
      <h3>{tm('dashboard.byWeek')}</h3>
      <WeekColumns weeks={weeks()} label={tm('dashboard.byWeek')} />
      <h3>{tm('dashboard.byCategory')}</h3>
      <Bars rows={categories()} label={tm('dashboard.byCategory')} />
      <Show when={templates().some((row) => row.key !== '')}>
        <h3>{tm('dashboard.byTemplate')}</h3>
        <Bars rows={templates()} label={tm('dashboard.byTemplate')} />
      </Show>
      <h3>{tm('dashboard.byDevice')}</h3>
      <Bars rows={devices()} label={tm('dashboard.byDevice')} />
    </Show>
  );
}

/** The team's figures over 12 weeks: fresh when online, the last kept ones (dated) offline. */
export function TeamDashboard(props: { pairing: Pairing }) {
  const query = useIndicators(() => props.pairing.workspace.id);
  return (
    <section class="card team-dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">{tm('dashboard.title')}</h2>
      <p class="hint">{tm('dashboard.period')}</p>
      <Switch>
        <Match when={query.data}>
          {(view) => (
            <>
              <p
                class={view().fresh ? 'hint' : 'notice-line'}
                role="status"
                data-testid="dashboard-freshness"
              >
                {view().fresh
                  ? tm('dashboard.fresh', { time: formatClock(view().indicators.fetchedAt) })
                  : tm('dashboard.stale', {
                      date: formatDateTime(view().indicators.fetchedAt),
                    })}
              </p>
              <Figures indicators={view().indicators} deviceId={props.pairing.deviceId} />
            </>
          )}
        </Match>
        <Match when={query.isPending}>
          <p class="hint">{tm('dashboard.loading')}</p>
        </Match>
        <Match when={query.isError}>
          <ErrorMessage message={tm('dashboard.error', { message: failureText(query.error) })} />
        </Match>
      </Switch>
      <Button disabled={query.isFetching} onClick={() => void query.refetch()}>
        {tm('dashboard.refresh')}
      </Button>
    </section>
  );
}
