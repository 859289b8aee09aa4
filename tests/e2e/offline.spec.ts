/**
 * The offline copy: asked for, one language, working with the network cut; a newer build offered
 * and applied only when the reader says so. Each test serves its own copy of the built site (the
 * update test "deploys" a second build into it), on its own port, so the shared server is untouched.
 */
import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, rmSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatDate } from '../../src/lib/format.ts';

const DIST = process.env.HANDBOOK_OUT ?? 'dist';
const version: string = JSON.parse(readFileSync('package.json', 'utf8')).version;

test.describe.configure({ timeout: 120_000 });

/** A copy of the built site, served on its own port. */
async function deploy(name: string, port: number): Promise<{ root: string; origin: string; server: ChildProcess }> {
  const root = join('tests/.out', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync('tests/.out', { recursive: true });
  cpSync(DIST, root, { recursive: true, preserveTimestamps: true });
  const server = spawn(process.execPath, ['scripts/serve.ts'], { env: { ...process.env, PORT: String(port), HANDBOOK_OUT: root }, stdio: 'pipe' });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (d) => String(d).includes('http://') && resolve());
    server.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { root, origin: `http://localhost:${port}`, server };
}

/** Change a file of a deployed site, as a new deployment would. */
function replace(root: string, file: string, edit: (text: string) => string) {
  const path = join(root, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

/** From the language's home page, as a reader would: the action there, then the button. */
async function makeOffline(page: Page, origin: string, lang: string) {
  await page.goto(`${origin}/${lang}/`);
  await page.locator('.offline-link a').click();
  await page.waitForURL(`${origin}/${lang}/offline/`);
  await expect(page.locator('srh-offline [data-size]')).not.toBeEmpty();
  await page.locator('srh-offline [data-make]').click();
  await expect(page.locator('srh-offline [data-status]')).toContainText(version, { timeout: 90_000 });
}

/** Every URL in this site's Cache Storage. */
const cachedPaths = (page: Page) =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) paths.push(new URL(r.url).pathname);
    return paths;
  });

/**
 * A test of its own copy of the site (its own folder and port, so two workers never share one),
 * with a fresh browser context; both are taken down after the test.
 */
const it = test.extend<{ site: { root: string; origin: string }; context: BrowserContext; page: Page }>({
  site: async ({}, use, info) => {
    const { server, ...site } = await deploy(`offline-${info.workerIndex}`, 4410 + info.workerIndex);
    await use(site);
    server.kill();
  },
  context: async ({ browser }, use) => {
    const context = await browser.newContext();
    await use(context);
    await context.close();
  },
  page: async ({ context }, use) => use(await context.newPage()),
});

/** Give a file a new revision in sw.js, as the next build would list it. */
function bumpRevision(js: string, url: string, revision: string): string {
  const u = url.replace(/[.\/]/g, '\\$&');
  const edited = js.replace(new RegExp(`("url":"${u}","revision":"|"revision":"(?=[0-9a-f]+","url":"${u}"))`), `$1${revision}`);
  expect(edited, `sw.js lists ${url} with a revision`).not.toBe(js);
  return edited;
}

/** The network is gone: the browser is offline and any request that still reaches it fails. */
async function cutNetwork(context: BrowserContext) {
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

test('nothing is registered or cached until the reader asks', async ({ page }) => {
  for (const path of ['/ar/', '/ar/offline/', '/ar/sops/travel/']) await page.goto(path);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  await expect(page.locator('srh-offline [data-size]')).toHaveCount(0);
});

it('Arabic made available offline: an SOP, a country, search and a checklist work without a network; no English page is stored', async ({ site, context, page }) => {
  await makeOffline(page, site.origin, 'ar');
  const paths = await cachedPaths(page);
  expect(paths).toContain('/ar/sops/travel/index.html');
  expect(paths.filter((p) => p.startsWith('/en/') || /[./]en_|\.en\./.test(p))).toEqual([]);

  await cutNetwork(context);
  await page.goto(`${site.origin}/ar/sops/travel/`);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('srh-offline-status [data-line]')).toContainText(version);

  await page.goto(`${site.origin}/ar/countries/ma/`);
  await expect(page.locator('h1')).toBeVisible();

  await page.goto(`${site.origin}/ar/search/?q=${encodeURIComponent('المرافقة')}`);
  await expect(page.locator('.result h2 a').first()).toBeVisible({ timeout: 15_000 });
  expect(await page.locator('.result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain('/ar/sops/travel/');

  await page.goto(`${site.origin}/ar/checklists/travel-escort/`);
  await page.locator('li[data-item] input').first().check();
  await expect(page.locator('.checklist__progress')).toContainText('1');

  // English was never downloaded: with no network it is simply not there.
  await expect(page.goto(`${site.origin}/en/sops/travel/`)).rejects.toThrow();
});

it('a newer build is offered, not forced, and applied when the reader says so', async ({ site, page }) => {
  await makeOffline(page, site.origin, 'ar');
  await page.goto(`${site.origin}/ar/`);
  const before = await page.locator('h1').textContent();

  // Build B: the Arabic home page changed, and the service worker lists its new revision.
  const marker = 'build-b';
  replace(site.root, 'ar/index.html', (html) => html.replace('</h1>', ` ${marker}</h1>`));
  replace(site.root, 'build.json', () => JSON.stringify({ version, date: '2030-01-15T00:00:00.000Z' }));
  replace(site.root, 'sw.js', (js) => bumpRevision(bumpRevision(js, 'ar/index.html', marker), 'build.json', marker));

  await page.reload();
  const update = page.locator('srh-offline-status [data-update]');
  await expect(update).toBeVisible({ timeout: 60_000 });
  // Offered, not forced: reading on, the reader still has build A.
  await page.reload();
  await expect(page.locator('h1')).toHaveText(before!);
  await expect(update).toBeVisible({ timeout: 60_000 });

  await update.getByRole('button').click();
  await expect(page.locator('h1')).toContainText(marker, { timeout: 30_000 });
  await expect(page.locator('srh-offline-status [data-line]')).toContainText(formatDate(new Date('2030-01-15'), 'ar'));
});
