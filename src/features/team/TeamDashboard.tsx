import { createEffect, Match, Show, Switch } from 'solid-js';
import { TIME_CATEGORIES } from '../../domain/categories';
import { language, loadNamespace, t } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import type { Pairing } from '../../sync/state';
import { DASHBOARD_WEEKS, type TeamIndicators } from '../../sync/team';
import { findMeta } from '../../templates/catalogue/meta';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/Feedback';
import { CATALOGUE_NS, templateTitle } from '../templates/labels';
import { failureText } from './DevicesCard';
import { formatAverage, formatClock, formatDateTime, formatShortDay } from './format';
import { Bars, WeekColumns } from './TeamBars';
import { breakdownRows, deviceLabel, isCategory, weekRows } from './teamRules';
import { useIndicators } from './teamState';

function Figures(props: { indicators: TeamIndicators; deviceId: string }) {
  // Template titles live in the small `catalogue` namespace (no phrase bank is loaded).
  createEffect(() => {
    loadNamespace(language(), CATALOGUE_NS).catch(() => undefined);
  });
  const groups = () => props.indicators.groups;
  const weeks = () =>
    weekRows(groups().week, props.indicators.from, DASHBOARD_WEEKS).map((week) => ({
      ...week,
      label: t('team:dashboard.weekOf', { date: formatShortDay(week.monday) }),
      short: formatShortDay(week.monday),
    }));
  const categories = () =>
    breakdownRows(
      groups().category,
      (key) => (isCategory(key, TIME_CATEGORIES) ? t(`categories.${key}`) : key),
      t('team:dashboard.noCategory'),
    ).filter((row) => row.minutes > 0);
  const templates = () =>
    breakdownRows(
      groups().template,
      (id) => {
        const meta = findMeta(id);
        return meta ? templateTitle(meta) : id;
      },
      t('team:dashboard.noTemplate'),
    );
  const devices = () =>
    breakdownRows(
      groups().device,
      (key) => {
        const device = deviceLabel(key, props.deviceId);
        return device.self ? `${device.name} (${t('team:devices.self')})` : device.name;
      },
      '—',
    );
  const totals = () => props.indicators.totals;
  return (
    <Show when={totals().events > 0} fallback={<p class="hint">{t('team:dashboard.empty')}</p>}>
      <div class="team-totals">
        <section aria-labelledby="team-total-title">
          <h3 id="team-total-title">{t('team:dashboard.total')}</h3>
          <p class="big-figure" data-testid="team-total">
            {formatMinutes(totals().minutes, language())}
          </p>
        </section>
        <section aria-labelledby="team-satisfaction-title">
          <h3 id="team-satisfaction-title">{t('team:dashboard.satisfaction')}</h3>
          <Show
            when={totals().ratings > 0 && totals().ratingAvg !== null}
            fallback={<p class="hint">{t('team:dashboard.noRatings')}</p>}
          >
            <p class="big-figure" data-testid="team-satisfaction">
              {t('team:dashboard.average', { average: formatAverage(totals().ratingAvg ?? 0) })}
            </p>
            <p class="hint">{t('team:dashboard.ratings', { count: totals().ratings })}</p>
          </Show>
        </section>
      </div>
      <h3>{t('team:dashboard.byWeek')}</h3>
      <WeekColumns weeks={weeks()} label={t('team:dashboard.byWeek')} />
      <h3>{t('team:dashboard.byCategory')}</h3>
      <Bars rows={categories()} label={t('team:dashboard.byCategory')} />
      <Show when={templates().some((row) => row.key !== '')}>
        <h3>{t('team:dashboard.byTemplate')}</h3>
        <Bars rows={templates()} label={t('team:dashboard.byTemplate')} />
      </Show>
      <h3>{t('team:dashboard.byDevice')}</h3>
      <Bars rows={devices()} label={t('team:dashboard.byDevice')} />
    </Show>
  );
}

/** The team's figures over 12 weeks: fresh when online, the last kept ones (dated) offline. */
export function TeamDashboard(props: { pairing: Pairing }) {
  const query = useIndicators(() => props.pairing.workspace.id);
  return (
    <section class="card team-dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">{t('team:dashboard.title')}</h2>
      <p class="hint">{t('team:dashboard.period')}</p>
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
                  ? t('team:dashboard.fresh', { time: formatClock(view().indicators.fetchedAt) })
                  : t('team:dashboard.stale', {
                      date: formatDateTime(view().indicators.fetchedAt),
                    })}
              </p>
              <Figures indicators={view().indicators} deviceId={props.pairing.deviceId} />
            </>
          )}
        </Match>
        <Match when={query.isPending}>
          <p class="hint">{t('team:dashboard.loading')}</p>
        </Match>
        <Match when={query.isError}>
          <ErrorMessage
            message={t('team:dashboard.error', { message: failureText(query.error) })}
          />
        </Match>
      </Switch>
      <Button disabled={query.isFetching} onClick={() => void query.refetch()}>
        {t('team:dashboard.refresh')}
      </Button>
    </section>
  );
}
