// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { LOCALE_CODES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { satteri } from '@astrojs/markdown-satteri';
import AstroPWA from '@vite-pwa/astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { postbuild } from './scripts/postbuild.ts';
import { offlineSizes } from './src/lib/offline.ts';

const outDir = process.env.HANDBOOK_OUT ?? './dist';

/**
 * Link check and search index, before the service worker lists the built files (hooks run in order).
 * @type {import('astro').AstroIntegration}
 */
const handbookPostbuild = {
  name: 'handbook-postbuild',
  hooks: { 'astro:build:done': async ({ dir }) => postbuild(fileURLToPath(dir)) },
};

/**
 * The offline copy (src/offline/sw.ts, Workbox). Registered only when a reader asks for it, so no
 * registration script is injected, and the web app manifests are pages (one per language).
 */
const offline = AstroPWA({
  strategies: 'injectManifest',
  srcDir: 'src/offline',
  filename: 'sw.ts',
  injectRegister: false,
  registerType: 'prompt',
  manifest: false,
  // Astro 7 builds the client into a staging folder; the worker and its file list are for the site.
  outDir: resolve(outDir),
  injectManifest: {
    globDirectory: resolve(outDir),
    rollupFormat: 'iife',
    globPatterns: ['**/*.{html,js,css,svg,png,json,webmanifest,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
    // PDFs are downloads of their own; Pagefind's UI bundles are not used by this site.
    globIgnores: ['pdf/**', 'sw.js', 'offline.json', 'pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js'],
    // Content-hashed names need no revision: a changed file is a new name.
    dontCacheBustURLsMatching: /^_astro\/|^pagefind\/(index|fragment|filter)\/|\.pf_meta$/,
    maximumFileSizeToCacheInBytes: 5_000_000,
    manifestTransforms: [
      // The reader sees the cost of each language before downloading it (read by the offline page):
      // bytes on the wire, so text counts compressed, as every host sends it.
      async (entries) => {
        const wire = entries.map((e) => /\.(html|js|css|svg|json|webmanifest)$/.test(e.url) ? { ...e, size: gzipSync(readFileSync(join(outDir, e.url))).length } : e);
        writeFileSync(join(outDir, 'offline.json'), JSON.stringify(offlineSizes(wire, LOCALE_CODES)));
        return { manifest: entries, warnings: [] };
      },
    ],
  },
});

export default defineConfig({
  // Used for absolute URLs (hreflang, feeds). Override with SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // HANDBOOK_OUT: the fixture builds in tests/ write elsewhere so they never clobber dist/.
  outDir,
  cacheDir: process.env.HANDBOOK_CACHE ?? './node_modules/.astro',
  trailingSlash: 'always',
  // No prefetch, no remote images, no fonts API: nothing may call another origin.
  i18n: {
    locales: LOCALE_CODES,
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // `## Purpose {#purpose}` gives a heading a fixed id, the same in every language, so links into
  // translated pages do not break (Astro would otherwise derive the id from the heading text).
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
  integrations: [mdx(), handbookPostbuild, offline],
  devToolbar: { enabled: false },
  // External files only (no inline <script>/<style>), so the Content-Security-Policy needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
