// Deterministic size measurements of a `vite build` output (dist/), gzipped at level 9.
// Everything here reads files only; nothing is built or served.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One entry of dist/.vite/manifest.json (only the fields used here). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** The vite build manifest, keyed by source path or `_chunk-hash.js`. */
export type Manifest = Record<string, ManifestChunk>;

/** A measured group of files: raw and gzipped byte totals. */
export interface Measure {
  files: string[];
  raw: number;
  gzip: number;
}

/** A lazily loaded route chunk and what it adds on top of the home screen. */
export interface RouteMeasure extends Measure {
  name: string;
  src: string;
}

/** Everything size-check and run report. */
export interface SizeReport {
  homeJs: Measure;
  homeCss: Measure;
  /** Per-file gzip sizes of the home JS, largest first. */
  homeBreakdown: { file: string; gzip: number }[];
  routes: RouteMeasure[];
  precache: Measure;
  sw: Measure;
  warnings: string[];
}

/**
 * Budgets from docs/design.md, in bytes (gzipped): the home screen's JavaScript by the static
 * import graph, and as Chromium loads it (before the load event; until the network is idle). The
 * precache holds the PDF engine and its fonts (~240 KB of the 500), loaded on the first export but
 * kept for offline use.
 */
export const BUDGETS = {
  homeJs: 75 * 1024,
  homeJsBeforeLoad: 75 * 1024,
  homeJsUntilIdle: 85 * 1024,
  // The PDF engine and its fonts are precached so quotes and DOE export offline (design.md: ≤ 500 KB).
  precache: 500 * 1024,
} as const;

/** Source paths of lazily loaded screens. */
const ROUTE_SRC = /^(src\/features\/[^/]+\/[^/]+Screen\.tsx|src\/app\/NotFoundScreen\.tsx)$/;
/** The locale the app loads at start (French first). */
const START_LOCALE = /(^|\/)locales\/fr\/common\.json$/;
/** Icons are excluded from the precache budget. */
const ICON = /\.(png|ico|svg)$/i;

/** Gzipped byte length of a buffer (zlib level 9). */
export function gzipSize(buf: Buffer): number {
  return gzipSync(buf, { level: 9 }).length;
}

/** Reads and gzips a list of dist-relative files; missing files are reported in `warnings`. */
export function measureFiles(
  distDir: string,
  files: Iterable<string>,
  warnings: string[],
): Measure {
  const m: Measure = { files: [], raw: 0, gzip: 0 };
  for (const file of files) {
    const path = join(distDir, file);
    if (!existsSync(path)) {
      warnings.push(`missing file: ${file}`);
      continue;
    }
    const buf = readFileSync(path);
    m.files.push(file);
    m.raw += buf.length;
    m.gzip += gzipSize(buf);
  }
  return m;
}

/** Parses dist/.vite/manifest.json; throws a clear error when the build is missing. */
export function readManifest(distDir: string): Manifest {
  const path = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(`${path} not found: run npm run build first`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Manifest keys of `roots` and all their static imports, recursively (dynamic imports excluded). */
export function staticClosure(manifest: Manifest, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  for (let key = stack.pop(); key !== undefined; key = stack.pop()) {
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) continue;
    seen.add(key);
    stack.push(...(chunk.imports ?? []));
  }
  return seen;
}

/** Manifest keys the home route needs: the index.html entry, the start locale, their static imports. */
export function homeKeys(manifest: Manifest, warnings: string[] = []): Set<string> {
  if (!manifest['index.html']) throw new Error('no index.html entry in the vite manifest');
  const roots = ['index.html'];
  const locale = Object.keys(manifest).find((k) => START_LOCALE.test(k));
  if (locale) roots.push(locale);
  else warnings.push('no locales/fr/common.json chunk (inlined in the entry?)');
  return staticClosure(manifest, roots);
}

/** Output files (JS or CSS) of a set of manifest keys. */
export function filesOf(manifest: Manifest, keys: Iterable<string>, kind: 'js' | 'css'): string[] {
  const out = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    if (kind === 'js') out.add(chunk.file);
    else for (const css of chunk.css ?? []) out.add(css);
  }
  return [...out];
}

/** Route chunks (dynamic entries from screen sources), each with the static imports home lacks. */
export function routeMeasures(
  distDir: string,
  manifest: Manifest,
  home: Set<string>,
  warnings: string[],
): RouteMeasure[] {
  return Object.entries(manifest)
    .filter(([, c]) => c.isDynamicEntry && c.src !== undefined && ROUTE_SRC.test(c.src))
    .map(([key, c]) => {
      const extra = [...staticClosure(manifest, [key])].filter((k) => !home.has(k));
      const m = measureFiles(distDir, filesOf(manifest, extra, 'js'), warnings);
      const src = c.src ?? key;
      const name = src.replace(/^.*\//, '').replace(/\.tsx$/, '');
      return { ...m, name, src };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * URLs of the precache manifest injected into sw.js. Workbox writes a JSON array of objects such as
 * `{"revision":null,"url":"assets/x.js"}`; each object is matched and parsed on its own so the
 * key order and surrounding minified code do not matter.
 */
export function parsePrecacheUrls(swSource: string): string[] {
  const urls: string[] = [];
  for (const match of swSource.matchAll(/\{"(?:revision|url)":[^{}]*\}/g)) {
    const entry: unknown = JSON.parse(match[0]);
    if (typeof entry === 'object' && entry !== null && 'url' in entry) {
      const { url } = entry;
      if (typeof url === 'string') urls.push(url);
    }
  }
  return urls;
}

/** Measures a dist/ folder: home JS and CSS, route chunks, precache without icons, sw.js. */
export function measureDist(distDir: string): SizeReport {
  const warnings: string[] = [];
  const manifest = readManifest(distDir);
  const home = homeKeys(manifest, warnings);
  const homeFiles = filesOf(manifest, home, 'js');
  const homeJs = measureFiles(distDir, homeFiles, warnings);
  const homeBreakdown = homeFiles
    .filter((f) => existsSync(join(distDir, f)))
    .map((file) => ({ file, gzip: gzipSize(readFileSync(join(distDir, file))) }))
    .sort((a, b) => b.gzip - a.gzip);

  const swPath = join(distDir, 'sw.js');
  if (!existsSync(swPath)) throw new Error(`${swPath} not found: run npm run build first`);
  const urls = parsePrecacheUrls(readFileSync(swPath, 'utf8'));
  if (urls.length === 0) warnings.push('no precache entries found in sw.js');

  return {
    homeJs,
    homeCss: measureFiles(distDir, filesOf(manifest, home, 'css'), warnings),
    homeBreakdown,
    routes: routeMeasures(distDir, manifest, home, warnings),
    precache: measureFiles(
      distDir,
      urls.filter((u) => !ICON.test(u.split('?')[0] ?? u)),
      warnings,
    ),
    sw: measureFiles(distDir, ['sw.js'], warnings),
    warnings,
  };
}

/** Formats a byte count as KB with one decimal (1 KB = 1024 bytes). */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** One row of the size table: label, gzip, raw, budget and OK/OVER (or — without budget). */
export interface SizeRow {
  label: string;
  gzip: number;
  raw: number;
  budget?: number;
}

/** Rows of the size table, in display order. */
export function sizeRows(r: SizeReport): SizeRow[] {
  return [
    { label: 'Home screen JS (static imports)', ...r.homeJs, budget: BUDGETS.homeJs },
    { label: 'Home screen CSS', ...r.homeCss },
    ...r.routes.map((m) => ({ label: `Route chunk: ${m.name}`, gzip: m.gzip, raw: m.raw })),
    {
      label: `Precache without icons (${r.precache.files.length} files)`,
      ...r.precache,
      budget: BUDGETS.precache,
    },
    { label: 'sw.js', ...r.sw },
  ];
}

/** True if any budgeted row is over its budget. */
export function overBudget(rows: SizeRow[]): boolean {
  return rows.some((row) => row.budget !== undefined && row.gzip > row.budget);
}

/** Status text of a row: OK, OVER, or — when it has no budget. */
export function status(row: SizeRow): string {
  if (row.budget === undefined) return '—';
  return row.gzip > row.budget ? 'OVER' : 'OK';
}

/** Renders rows of cells as an aligned markdown table. */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Size rows as table cells: item, gzip, raw, budget, status. */
export function sizeCells(rows: SizeRow[]): string[][] {
  return rows.map((row) => [
    row.label,
    kb(row.gzip),
    kb(row.raw),
    row.budget === undefined ? '—' : `≤ ${kb(row.budget)}`,
    status(row),
  ]);
}

/** One line naming the home JS files, largest first, e.g. `format 30.1 KB, i18n 25.3 KB`. */
export function breakdownLine(r: SizeReport): string {
  const short = (f: string) => f.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '');
  return r.homeBreakdown.map((b) => `${short(b.file)} ${kb(b.gzip)}`).join(', ');
}
