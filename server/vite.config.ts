// Builds the server to dist-server/ (main.js, cli.js and the migrations), to run with plain
// `node` after `npm ci --omit=dev`. src/protocol and src/domain are bundled in; every package
// stays external and must be listed in package.json "dependencies": the build fails otherwise,
// since such an import would not resolve on a production install.
import { cpSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
};
const runtime = new Set(Object.keys(pkg.dependencies));
const builtins = new Set(builtinModules);

/** The package a bare import names: `hono/body-limit` → hono, `@hono/node-server/x` → @hono/node-server. */
function packageOf(source: string): string {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Keeps packages external, and refuses any that a production install would not have. */
function dependenciesOnly(): Plugin {
  return {
    name: 'etabli:dependencies-only',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || /^[./\0]/.test(source)) return null; // an entry, or a file of ours
      if (source.startsWith('node:') || builtins.has(source)) return { id: source, external: true };
      if (runtime.has(packageOf(source))) return { id: source, external: true };
      this.error(
        `"${source}" (imported by ${importer}) is not in package.json "dependencies": ` +
          'the server would not start after npm ci --omit=dev.',
      );
    },
  };
}

/** Copies the SQL migrations beside main.js (db/client.ts finds them next to itself). */
function migrations(): Plugin {
  return {
    name: 'etabli:migrations',
    writeBundle(options) {
      cpSync('server/db/migrations', `${options.dir}/migrations`, { recursive: true });
    },
  };
}

export default defineConfig({
  plugins: [dependenciesOnly(), migrations()],
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      input: { main: 'server/main.ts', cli: 'server/cli.ts' },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
