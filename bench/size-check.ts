// Size budgets of an existing build: `tsx bench/size-check.ts` after `npm run build`.
// Static measurements of dist/ (import graph, precache), then the home screen's JavaScript as
// Chromium loads it from `vite preview`. Prints the size table and exits 1 if a budget is
// exceeded (2 if dist/ is missing or the measurement fails).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { homeScriptRows, measureHomeScripts } from './homeScripts';
import { withPreview } from './preview';
import {
  breakdownLine,
  markdownTable,
  measureDist,
  overBudget,
  sizeCells,
  sizeRows,
} from './sizes';

const distDir = resolve(import.meta.dirname, '..', 'dist');
if (!existsSync(distDir)) {
  console.error(`size-check: ${distDir} not found: run npm run build first`);
  process.exit(2);
}

try {
  const report = measureDist(distDir);
  const scripts = await withPreview((url) => measureHomeScripts(url, distDir));
  const rows = [...homeScriptRows(scripts), ...sizeRows(report)];
  console.log(markdownTable(['Item', 'gzip', 'raw', 'Budget', 'Status'], sizeCells(rows)));
  console.log(`\nHome JS by file (gzip): ${breakdownLine(report)}`);
  const afterLoad = scripts.untilIdle.files.filter(
    (file) => !scripts.beforeLoad.files.includes(file),
  );
  console.log(`Home JS fetched after the load event: ${afterLoad.join(', ') || 'none'}`);
  console.log(`Home JS fetched before the load event: ${scripts.beforeLoad.files.join(', ')}`);
  for (const w of [...scripts.warnings, ...report.warnings]) console.warn(`warning: ${w}`);
  if (overBudget(rows)) {
    console.error('\nsize-check: a size budget is exceeded');
    process.exit(1);
  }
} catch (e) {
  console.error(`size-check: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}
