// Size budgets of an existing build: `tsx bench/size-check.ts` after `npm run build`.
// Prints the size table and exits 1 if a budget is exceeded (2 if dist/ is missing or unreadable).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
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
  const rows = sizeRows(report);
  console.log(markdownTable(['Item', 'gzip', 'raw', 'Budget', 'Status'], sizeCells(rows)));
  console.log(`\nHome JS by file (gzip): ${breakdownLine(report)}`);
  for (const w of report.warnings) console.warn(`warning: ${w}`);
  if (overBudget(rows)) {
    console.error('\nsize-check: a size budget is exceeded');
    process.exit(1);
  }
} catch (e) {
  console.error(`size-check: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}
