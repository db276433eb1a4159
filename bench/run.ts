// `npm run bench`: vite build (skip with --no-build), size budgets (static, and the home screen's
// JavaScript as Chromium loads it), the offline cold start (COLD_RUNS=N, median of 5 by default),
// then Lighthouse (LH_RUNS=N for the median of N runs). Exit 1 only when a size budget is exceeded;
// times and Lighthouse scores are reported, not asserted. Exit 2 when the build itself fails.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { measureColdStart } from './coldStart';
import { measureCompose } from './compose';
import { measureDashboard } from './dashboard';
import { homeScriptRows, measureHomeScripts } from './homeScripts';
import { type LighthouseResult, runLighthouse } from './lighthouse';
import { withPreview } from './preview';
import {
  breakdownLine,
  markdownTable,
  measureDist,
  overBudget,
  type SizeRow,
  sizeCells,
  sizeRows,
} from './sizes';

const ROOT = resolve(import.meta.dirname, '..');
/** Lighthouse score targets from docs/design.md (reported only). */
const TARGETS = { performance: 95, accessibility: 95 } as const;
/** Offline cold start target from docs/design.md, in milliseconds (reported only). */
const COLD_START_MS = 1000;

/** Runs `vite build` with its output captured; prints it only when the build fails. */
function build(): void {
  const started = Date.now();
  const res = spawnSync(resolve(ROOT, 'node_modules/.bin/vite'), ['build'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (res.status !== 0) {
    process.stderr.write(`${res.stdout ?? ''}${res.stderr ?? ''}${res.error?.message ?? ''}\n`);
    console.error('bench: vite build failed');
    process.exit(2);
  }
  console.log(`vite build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Table cells of the Lighthouse scores and metrics. */
function lighthouseCells(lh: LighthouseResult): string[][] {
  const scoreRow = (label: string, value: number, target?: number) => [
    `Lighthouse ${label}`,
    String(value),
    '',
    target === undefined ? '—' : `≥ ${target}`,
    target === undefined ? '—' : value >= target ? 'OK' : 'LOW (not asserted)',
  ];
  const ms = (label: string, value: number) => [label, `${Math.round(value)} ms`, '', '—', '—'];
  return [
    scoreRow('performance', lh.performance, TARGETS.performance),
    scoreRow('accessibility', lh.accessibility, TARGETS.accessibility),
    scoreRow('best practices', lh.bestPractices),
    ms('First Contentful Paint', lh.fcp),
    ms('Largest Contentful Paint', lh.lcp),
    ms('Total Blocking Time', lh.tbt),
    ['Cumulative Layout Shift', lh.cls.toFixed(3), '', '—', '—'],
    ms('Speed Index', lh.speedIndex),
    ms('Time to Interactive', lh.tti),
  ];
}

async function main(): Promise<number> {
  if (!process.argv.includes('--no-build')) build();

  const distDir = resolve(ROOT, 'dist');
  const report = measureDist(distDir);
  const coldRuns = Number.parseInt(process.env.COLD_RUNS ?? '5', 10) || 5;
  const { scripts, cold } = await withPreview(async (url) => ({
    scripts: await measureHomeScripts(url, distDir),
    cold: await measureColdStart(url, coldRuns),
  }));
  const rows: SizeRow[] = [...homeScriptRows(scripts), ...sizeRows(report)];
  const cells = sizeCells(rows);
  cells.push([
    `Offline cold start to this week's figure, 4× CPU (median of ${coldRuns})`,
    `${Math.round(cold.medianMs)} ms`,
    cold.runs.map((ms) => Math.round(ms)).join(' / '),
    `≤ ${COLD_START_MS} ms`,
    cold.medianMs <= COLD_START_MS ? 'OK' : 'SLOW (not asserted)',
  ]);

  const compose = measureCompose();
  cells.push([
    `Compose a template (slowest: ${compose.slowestId}, median of 200)`,
    `${compose.medianMs.toFixed(3)} ms`,
    `max ${compose.maxMs.toFixed(2)} ms`,
    '≤ 5 ms',
    compose.medianMs <= 5 ? 'OK' : 'OVER',
  ]);

  const dashboard = measureDashboard();
  cells.push([
    `Dashboard over ${dashboard.entries} entries + ${dashboard.ratings} ratings (median of 20)`,
    `${dashboard.medianMs.toFixed(1)} ms`,
    `max ${dashboard.maxMs.toFixed(1)} ms`,
    '≤ 100 ms',
    dashboard.medianMs <= 100 ? 'OK' : 'OVER',
  ]);

  const runs = Number.parseInt(process.env.LH_RUNS ?? '1', 10) || 1;
  let lhError: string | undefined;
  try {
    cells.push(...lighthouseCells(await runLighthouse(runs)));
  } catch (e) {
    lhError = e instanceof Error ? e.message : String(e);
  }

  const lhNote = runs > 1 ? `, Lighthouse: median of ${runs} runs` : ', Lighthouse: 1 run';
  console.log(`\nÉtabli bench (sizes gzip -9${lhNote}, mobile, slow 4G, 4× CPU)\n`);
  console.log(markdownTable(['Item', 'Value', 'raw', 'Budget / target', 'Status'], cells));
  console.log(`\nHome JS by file (gzip): ${breakdownLine(report)}`);
  for (const w of [...scripts.warnings, ...report.warnings]) console.warn(`warning: ${w}`);
  if (lhError) console.warn(`warning: Lighthouse failed (not counted): ${lhError}`);

  if (overBudget(rows)) {
    console.error('\nbench: a size budget is exceeded');
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
