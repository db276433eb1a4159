// `npm run bench`: vite build (skip with --no-build), size budgets (static, and the home screen's
// JavaScript as Chromium loads it), the offline cold start (COLD_RUNS=N, median of 5 by default),
// template and dashboard speed, the DOE in a browser (photos, a 200-photo job, the handover PDF),
// then Lighthouse (LH_RUNS=N for the median of N runs). Exit 1 only when a size budget is exceeded;
// times and Lighthouse scores are reported, not asserted. Exit 2 when the build itself fails.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { measureColdStart } from './coldStart';
import { measureCompose } from './compose';
import { measureDashboard } from './dashboard';
import { type DoeBench, measureDoe } from './doe';
import { homeScriptRows, measureHomeScripts } from './homeScripts';
import { type LighthouseResult, runLighthouse } from './lighthouse';
import { measurePdf } from './pdf';
import { withPreview } from './preview';
import {
  breakdownLine,
  kb,
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

/** Table cells of the DOE measures: photos, a 200-photo job, the handover PDF. */
function doeCells(doe: DoeBench): string[][] {
  const ms = (value: number) => `${Math.round(value)} ms`;
  const kB = (bytes: number) => `${Math.round(bytes / 1000)} kB`;
  const status = (value: number, goal: number) => (value <= goal ? 'OK' : 'OVER (not asserted)');
  const { openJob, pdf } = doe;
  return [
    [
      `DOE: resize + store ${doe.photos} photos 4000×3000 (${kB(doe.cameraBytes)} JPEG)`,
      `${ms(doe.msPerPhoto)}/photo`,
      `CPU ${ms(doe.cpuMsPerPhoto)}/photo; stored ${kB(doe.storedBytesPerPhoto)} + thumb ${kB(doe.thumbBytesPerPhoto)}`,
      '—',
      '—',
    ],
    [
      `DOE: open a job with ${openJob.photos} photos, first thumbnails`,
      ms(openJob.jobMs),
      `4× ${ms(openJob.jobMs4x)}; main-thread CPU ${ms(openJob.jobCpuMs)}`,
      '≤ 300 ms',
      status(openJob.jobMs, 300),
    ],
    [
      `DOE: its ${openJob.photos}-photo grid, first thumbnails`,
      ms(openJob.itemMs),
      `4× ${ms(openJob.itemMs4x)}; main-thread CPU ${ms(openJob.itemCpuMs)}`,
      '≤ 300 ms',
      status(openJob.itemMs, 300),
    ],
    [
      `DOE: handover PDF, ${pdf.photos} photos, 4× CPU (${pdf.pages} pages, ${kB(pdf.bytes)})`,
      ms(pdf.warmMs4x),
      `first ${ms(pdf.coldMs4x)} (engine ${ms(pdf.coldEngineMs4x)}); CPU ${ms(pdf.cpuMs)} ×4 = ${ms(pdf.cpuMs * 4)}`,
      '≤ 2000 ms',
      status(pdf.warmMs4x, 2000),
    ],
  ];
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

  let pdfOver = false;
  try {
    const pdf = await measurePdf();
    pdfOver = pdf.medianMs > 2000 || pdf.chunkGzip > 250 * 1024;
    cells.push(
      [
        `Quote PDF, ${pdf.lines} lines (${pdf.pages} pages), 4× CPU (median of 3)`,
        `${Math.round(pdf.medianMs)} ms`,
        '',
        '≤ 2000 ms',
        pdf.medianMs <= 2000 ? 'OK' : 'OVER',
      ],
      [
        'PDF chunk with its fonts (gzip)',
        kb(pdf.chunkGzip),
        '',
        '≤ 250.0 KB',
        pdf.chunkGzip <= 250 * 1024 ? 'OK' : 'OVER',
      ],
    );
  } catch (e) {
    console.warn(`warning: PDF bench failed: ${e instanceof Error ? e.message : String(e)}`);
    pdfOver = true;
  }

  let doeError: string | undefined;
  try {
    cells.push(...doeCells(await measureDoe()));
  } catch (e) {
    doeError = e instanceof Error ? e.message : String(e);
  }

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
  const [load = 0] = loadavg();
  console.log(
    `Machine: ${cpus().length} cores, load average ${load.toFixed(1)} (wall-clock times swing with it; CPU times much less).`,
  );
  for (const w of [...scripts.warnings, ...report.warnings]) console.warn(`warning: ${w}`);
  if (lhError) console.warn(`warning: Lighthouse failed (not counted): ${lhError}`);
  if (doeError) console.warn(`warning: the DOE bench failed (not counted): ${doeError}`);

  if (overBudget(rows) || pdfOver) {
    console.error('\nbench: a size or PDF budget is exceeded');
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
