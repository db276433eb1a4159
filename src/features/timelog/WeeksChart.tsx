import { createEffect, createSignal, For, on, onCleanup, onMount } from 'solid-js';
import type uPlot from 'uplot';
import { language, t } from '../../i18n';
import { formatMinutes, formatNumber } from '../../i18n/format';
import { settings } from '../settings/preferences';
import type { WeekTotal } from './aggregate';
import { formatShortDay } from './format';

const HEIGHT = 200;

/** A CSS custom property of the page's theme, e.g. `--primary`. */
function themeColor(element: Element, name: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim();
}

/**
 * The last 12 weeks as bars against the weekly goal (a dashed line). uPlot and its CSS load here
 * only, on demand, so they never weigh on the home screen. The chart is hidden from assistive
 * technologies: the table below it says the same in words (and shows if the chart cannot load).
 */
export function WeeksChart(props: { weeks: WeekTotal[]; goal: number }) {
  let host: HTMLDivElement | undefined;
  let chart: uPlot | undefined;
  let UPlot: typeof uPlot | undefined;
  const [failed, setFailed] = createSignal(false);

  const data = (): uPlot.AlignedData => [
    props.weeks.map((_, index) => index),
    props.weeks.map((week) => week.minutes),
    props.weeks.map(() => props.goal),
  ];

  const build = () => {
    if (!host || !UPlot) return;
    chart?.destroy();
    const text = themeColor(host, '--text');
    const border = themeColor(host, '--border');
    const last = props.weeks.length - 1;
    const axis = { stroke: text, ticks: { show: false }, font: '12px system-ui, sans-serif' };
    chart = new UPlot(
      {
        width: host.clientWidth || 300,
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        padding: [8, 24, 0, 0],
        scales: {
          x: { time: false, range: [-0.5, last + 0.5] },
          y: { range: (_u, _min, max) => [0, Math.max(max, props.goal, 10) * 1.1] },
        },
        axes: [
          {
            ...axis,
            grid: { show: false },
            // Every third week, ending on this one, so the labels never overlap at 360 px.
            splits: () => props.weeks.map((_, i) => i).filter((i) => (last - i) % 3 === 0),
            values: (_u, splits) =>
              splits.map((i) => {
                const week = props.weeks[i];
                return week ? formatShortDay(week.start) : '';
              }),
          },
          {
            ...axis,
            size: 44,
            grid: { stroke: border, width: 1, dash: [2, 4] },
            values: (_u, splits) => splits.map((value) => formatNumber(value, language())),
          },
        ],
        series: [
          {},
          {
            fill: themeColor(host, '--primary'),
            stroke: themeColor(host, '--primary'),
            paths: UPlot.paths.bars?.({ size: [0.7, 40], align: 0 }),
            points: { show: false },
          },
          {
            stroke: themeColor(host, '--accent'),
            width: 2,
            dash: [6, 4],
            points: { show: false },
          },
        ],
      },
      data(),
      host,
    );
  };

  onMount(() => {
    Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')])
      .then(([module]) => {
        UPlot = module.default;
        build();
      })
      .catch((error: unknown) => {
        console.error('The chart could not be loaded', error);
        setFailed(true);
      });
    const resize = new ResizeObserver(() => {
      if (host && chart && host.clientWidth > 0 && host.clientWidth !== chart.width) {
        chart.setSize({ width: host.clientWidth, height: HEIGHT });
      }
    });
    if (host) resize.observe(host);
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', build);
    onCleanup(() => {
      resize.disconnect();
      scheme.removeEventListener('change', build);
      chart?.destroy();
    });
  });

  // New figures redraw the bars; a new theme or language rebuilds the chart (colours, labels).
  createEffect(on(data, (next) => chart?.setData(next), { defer: true }));
  createEffect(on([() => settings().theme, language], build, { defer: true }));

  return (
    <>
      <div ref={host} class="weeks-chart" aria-hidden="true" />
      {/* A table cannot be clipped by itself: its wrapper is what hides it visually. */}
      <div classList={{ 'visually-hidden': !failed() }}>
        <table class="weeks-table">
          <caption>{t('timelog:dashboard.weeksCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('timelog:dashboard.weekColumn')}</th>
              <th scope="col">{t('timelog:dashboard.minutesColumn')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.weeks}>
              {(week) => (
                <tr>
                  <th scope="row">
                    {t('timelog:dashboard.weekOf', { date: formatShortDay(week.start) })}
                  </th>
                  <td>{formatMinutes(week.minutes, language())}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </>
  );
}
