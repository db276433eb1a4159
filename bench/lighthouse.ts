// Lighthouse 12 (mobile, default simulated throttling: slow 4G, 4× CPU) against `vite preview`.
// Needs an existing dist/. Chrome and the preview server are always stopped, even on error.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunch } from '../playwright.config';
import { withPreview } from './preview';

/** Category scores (0–100) and key metrics (ms, except CLS) of one run or a median of runs. */
export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  speedIndex: number;
  tti: number;
}

// The same Chromium flags as the e2e suite, plus headless mode.
const CHROME_FLAGS = ['--headless=new', ...chromiumLaunch.args];
/** Metric keys of LighthouseResult and the Lighthouse audit each one reads. */
const METRIC_AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndex: 'speed-index',
  tti: 'interactive',
} as const;

/** Median of numbers (mean of the two middle values for an even count). */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  if (s.length % 2 === 1) return s[mid] ?? Number.NaN;
  return ((s[mid - 1] ?? Number.NaN) + (s[mid] ?? Number.NaN)) / 2;
}

/** One Lighthouse run against `url` with a fresh Chrome, killed afterwards. */
async function runOnce(url: string): Promise<LighthouseResult> {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const score = (id: string) => Math.round((categories[id]?.score ?? Number.NaN) * 100);
    const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcp: metric(METRIC_AUDITS.fcp),
      lcp: metric(METRIC_AUDITS.lcp),
      tbt: metric(METRIC_AUDITS.tbt),
      cls: metric(METRIC_AUDITS.cls),
      speedIndex: metric(METRIC_AUDITS.speedIndex),
      tti: metric(METRIC_AUDITS.tti),
    };
  } finally {
    chrome.kill();
  }
}

/** Serves dist/ with `vite preview` and runs Lighthouse `runs` times; returns per-value medians. */
export async function runLighthouse(runs = 1): Promise<LighthouseResult> {
  return withPreview(async (url) => {
    const results: LighthouseResult[] = [];
    for (let i = 0; i < Math.max(1, runs); i++) results.push(await runOnce(url));
    const pick = (k: keyof LighthouseResult) => median(results.map((r) => r[k]));
    return {
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      fcp: pick('fcp'),
      lcp: pick('lcp'),
      tbt: pick('tbt'),
      cls: pick('cls'),
      speedIndex: pick('speedIndex'),
      tti: pick('tti'),
    };
  });
}
