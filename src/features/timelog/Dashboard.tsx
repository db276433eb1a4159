import { createMemo, Show } from 'solid-js';
import { language, t } from '../../i18n';
import { formatDate, formatMinutes } from '../../i18n/format';
import { now } from '../../lib/clock';
import { EmptyState } from '../../ui/EmptyState';
import { Loaded } from '../../ui/Feedback';
import { ProgressBar } from '../../ui/ProgressBar';
import { settings } from '../settings/preferences';
import { computeDashboard } from './aggregate';
import { Breakdowns } from './Breakdowns';
import { formatHours, formatStars } from './format';
import { GoalEditor } from './GoalEditor';
import { createTemplateTitles } from './templateTitles';
import { createDashboardData } from './timelogData';
import { goalPercent } from './timelogRules';
import { WeeksChart } from './WeeksChart';

/**
 * The dashboard: this week against the goal, the last 12 weeks, months, categories, templates,
 * satisfaction and the total since the first entry. Figures are computed in one pass over the data.
 */
export function Dashboard() {
  const data = createDashboardData();
  const dashboard = createMemo(() => {
    const value = data.value();
    return (
      value && computeDashboard(value.entries, value.ratings, now(), settings().weeklyGoalMinutes)
    );
  });
  const figures = { value: dashboard, error: data.error, retry: data.retry };
  const titleOf = createTemplateTitles(() => (dashboard()?.byTemplate.length ?? 0) > 0);
  const duration = (minutes: number) => formatMinutes(minutes, language());

  return (
    <Loaded query={figures}>
      {(d) => (
        <div class="dashboard">
          <section class="card" aria-labelledby="week-title">
            <h2 id="week-title">{t('timelog:dashboard.week')}</h2>
            <p class="big-figure" data-testid="week-figure">
              {t('timelog:dashboard.progress', {
                saved: duration(d().weekMinutes),
                goal: duration(d().goalMinutes),
              })}
            </p>
            <ProgressBar
              label={t('timelog:dashboard.week')}
              percent={goalPercent(d().weekMinutes, d().goalMinutes)}
            />
            <p class="hint">{t('time.benchmark')}</p>
            <GoalEditor />
          </section>

          <Show
            when={d().totalMinutes > 0 || d().ratings.count > 0}
            fallback={
              <EmptyState
                title={t('timelog:dashboard.emptyTitle')}
                text={t('timelog:dashboard.empty')}
              />
            }
          >
            <section class="card" aria-labelledby="weeks-title">
              <h2 id="weeks-title">{t('timelog:dashboard.weeks')}</h2>
              <WeeksChart weeks={d().weeks} goal={d().goalMinutes} />
              <p class="hint">{t('timelog:dashboard.weeksLegend')}</p>
            </section>

            <section class="card" aria-labelledby="total-title">
              <h2 id="total-title">{t('timelog:dashboard.total')}</h2>
              <p class="big-figure">
                {duration(d().totalMinutes)} ({formatHours(d().totalMinutes)})
              </p>
              <Show when={d().since}>
                {(since) => (
                  <p class="hint">
                    {t('timelog:dashboard.since', { date: formatDate(since(), language()) })}
                  </p>
                )}
              </Show>
            </section>

            <section class="card" aria-labelledby="satisfaction-title">
              <h2 id="satisfaction-title">{t('timelog:dashboard.satisfaction')}</h2>
              <Show
                when={d().ratings.average}
                fallback={<p class="hint">{t('timelog:dashboard.noRatings')}</p>}
              >
                {(average) => (
                  <>
                    <p class="big-figure" data-testid="satisfaction-figure">
                      {t('timelog:dashboard.average', { average: formatStars(average()) })}
                    </p>
                    <p class="hint">
                      {t('timelog:dashboard.ratings', { count: d().ratings.count })}
                    </p>
                    <Show when={d().ratings.trend}>
                      {(trend) => (
                        <p>
                          {t(`timelog:dashboard.trend.${trend()}`, {
                            recent: formatStars(d().ratings.recentAverage ?? 0),
                            previous: formatStars(d().ratings.previousAverage ?? 0),
                          })}
                        </p>
                      )}
                    </Show>
                  </>
                )}
              </Show>
            </section>

            <Breakdowns dashboard={d()} titleOf={titleOf} />
          </Show>
        </div>
      )}
    </Loaded>
  );
}
