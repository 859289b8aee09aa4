// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { LOCALE_CODES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  // Used for absolute URLs (hreflang, feeds). Override with SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // HANDBOOK_OUT: the fixture builds in tests/ write elsewhere so they never clobber dist/.
  outDir: process.env.HANDBOOK_OUT ?? './dist',
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
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // External files only (no inline <script>/<style>), so the Content-Security-Policy needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
