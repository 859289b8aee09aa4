/**
 * End-to-end tests against the built site, served by scripts/serve.ts with the real headers.
 * Debian's Chromium by default (CHROMIUM_PATH overrides; empty means Playwright's own browser).
 */
import { defineConfig, devices } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const PORT = Number(process.env.E2E_PORT ?? 4399);
const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  outputDir: './.out/e2e-results',
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? `../${process.env.PLAYWRIGHT_JSON_OUTPUT_NAME}` : './.out/e2e.json' }]],
  // STACK.md found two workers no faster for light tests; the suite is now dominated by axe scans
  // and the privacy crawl, which run in the browser and gain from the second core.
  workers: 2,
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: executablePath || undefined,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    // The phone runs what a small touch screen can change (layout, menus, checklists, presenting,
    // quick exit); page-by-page scans, search ranking, versions and the offline copy run once.
    { name: 'phone', use: { ...devices['Pixel 7'], defaultBrowserType: 'chromium' }, testIgnore: /(axe|search|versions|offline)\.spec/ },
  ],
  webServer: {
    command: 'node scripts/serve.ts',
    cwd: root,
    url: `http://localhost:${PORT}/en/`,
    env: { PORT: String(PORT) },
    reuseExistingServer: false,
  },
});
