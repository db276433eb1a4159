/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { SECURITY_HEADERS } from './server/headers.ts';

/** The language whose strings every install precaches (the others are cached when chosen). */
const DEFAULT_LANGUAGE = 'fr';

// The build label names a build in Settings → About; e2e sets it to make a second, different build.
const buildLabel = process.env.ETABLI_BUILD_LABEL ?? new Date().toISOString().slice(0, 10);

export default defineConfig({
  plugins: [
    solid(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'service-worker',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        id: '/',
        name: 'Établi',
        short_name: 'Établi',
        description:
          'Modèles guidés, devis, DOE et temps gagné pour les artisans, même sans réseau.',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1f4e79',
        background_color: '#f7f5f0',
        categories: ['business', 'productivity'],
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'maskable-icon-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      includeAssets: ['favicon.ico', 'apple-touch-icon-180x180.png', 'robots.txt'],
      injectManifest: {
        // Other languages' strings are cached when used, not by every install (see chunkFileNames).
        globIgnores: ['**/assets/locale-*'],
        // ttf: the PDF's embedded fonts, so quotes and DOE can be exported offline.
        globPatterns: ['**/*.{js,css,html,ttf}'],
      },
      // The service worker is off in dev unless VITE_DEV_SW=true asks for it.
      devOptions: { enabled: process.env.VITE_DEV_SW === 'true', type: 'module' },
    }),
  ],
  define: {
    __BUILD_LABEL__: JSON.stringify(buildLabel),
  },
  resolve: {
    alias: {
      // fontkit's WOFF2 decoder: never used (the PDF embeds TrueType fonts), see src/pdf/noWoff2.ts.
      'brotli/decompress.js': fileURLToPath(new URL('./src/pdf/noWoff2.ts', import.meta.url)),
    },
  },
  // The sync server's security headers (CSP…), so the browser tests run under the real policy.
  preview: { headers: { ...SECURITY_HEADERS } },
  build: {
    target: 'es2022',
    manifest: true,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // A language's strings other than French are named for it (`locale-en-social-….js`):
        // the service worker leaves them out of the precache and caches them when that language
        // is used (service-worker/locales.ts, i18n's warmLanguage).
        chunkFileNames: (chunk) => {
          const locale = /locales[\\/]([a-z]{2})[\\/]([\w-]+)\.json$/.exec(
            chunk.facadeModuleId ?? '',
          );
          return locale && locale[1] !== DEFAULT_LANGUAGE
            ? `assets/locale-${locale[1]}-${locale[2]}-[hash].js`
            : 'assets/[name]-[hash].js';
        },
        codeSplitting: {
          // What the home screen needs, in one chunk: the libraries and the app's core (i18n,
          // shell, primitives but the form fields and the time-saved card, the database and its
          // settings); the data modules the home screen reads join it, those only lazy screens
          // read stay with them (the DOE's tables: only DOE screens, Home's jobs card and
          // Settings read them). Fewer, larger files compress better and load in one round trip;
          // screens and their strings stay in lazy chunks (solid-js/store too: only lazy screens
          // use it). Rolldown's small CommonJS helpers too: lazy chunks (the PDF engine) need
          // them, and a chunk of their own would be one more request before the first render.
          groups: [
            {
              name: 'core',
              test: /node_modules[\\/](dexie|solid-js(?![\\/]store)|@solidjs|i18next)[\\/]|src[\\/](i18n|app(?![\\/]NotFoundScreen)|ui(?![\\/](Field|MinutesStepper|TimeSavedCard)))[\\/]|src[\\/]db[\\/](database|schema|live|meta|settings|settingsHint|pendingSaves|homeReads)\.ts|locales[\\/]fr[\\/]common\.json|^\0rolldown\/runtime\.js$/,
            },
            {
              // The DOE screens and their tables, in one chunk loaded on the first DOE visit
              // (Home's jobs card, with its query, and Settings' storage count read their tables
              // apart, so neither loads this).
              name: 'doe',
              // Only these modules: shared libraries stay where the other screens find them.
              includeDependenciesRecursively: false,
              test: /src[\\/](features[\\/]doe[\\/](?!OpenJobsCard|openJobs)|db[\\/]doeItems\.ts)/,
            },
            {
              // The profile's rules, used by Settings, the welcome and the quote checker: their
              // own small chunk (Home counts missing mentions with settings/mentions.ts alone).
              name: 'profileRules',
              includeDependenciesRecursively: false,
              test: /src[\\/]features[\\/]settings[\\/]profileRules\.ts/,
            },
            {
              // The quote screens share nearly all their code: one chunk for them (the PDF and
              // the signature pad stay apart, loaded when used), so the first chunk's list of
              // lazy files stays short.
              name: 'quotes',
              // Only these modules: ids, clock and the like stay where Home's cards find them.
              includeDependenciesRecursively: false,
              test: /src[\\/]features[\\/](quotes|customers)[\\/](?!pdf[\\/])|src[\\/]db[\\/](quotes|customers|catalog|quoteSettings)\.ts|src[\\/]domain[\\/]quotes\.ts|src[\\/]lib[\\/]hash\.ts/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'service-worker/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
  },
});
