/**
 * `npm run bench:search`: bytes transferred and time to first results for a set of queries, in
 * Chromium, on a built site served with compression (scripts/serve.ts).
 *
 *   npm run bench:search                        # the real site (dist/), section in docs/benchmarks.md
 *   npm run bench:search -- --dist /tmp/x/ours  # another build (e.g. the 8,000-page bench tree)
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const dist = arg('dist', 'dist');
const outFile = arg('out', 'docs/benchmarks.md');
const label = arg('label', dist === 'dist' ? 'real site' : dist);
const PORT = 4411;
const QUERIES: [string, string][] = dist === 'dist'
  ? [['en', 'risk assessment'], ['en', 'escort'], ['fr', 'Maroc'], ['ar', 'المرافقة'], ['sq', 'fëmijët'], ['uk', 'дитини']]
  // The synthetic corpus (npm run bench) repeats one English text in five languages.
  : [['en', 'case manager'], ['en', 'return operator'], ['fr', 'partner'], ['ar', 'risks'], ['sq', 'journey'], ['uk', 'referral mechanism']];

const server = spawn(process.execPath, ['scripts/serve.ts'], { env: { ...process.env, PORT: String(PORT), HANDBOOK_OUT: dist }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const rows: string[] = [];
try {
  for (const [locale, q] of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Context-level events also see what Pagefind's Web Worker fetches (its index and WebAssembly).
    let all = 0;
    let search = 0;
    const pending: Promise<void>[] = [];
    context.on('requestfinished', (r) => pending.push(r.sizes().then((s) => {
      const bytes = s.responseBodySize + s.responseHeadersSize;
      all += bytes;
      if (r.url().includes('/pagefind/') || r.url().includes('search')) search += bytes;
    })));
    const start = Date.now();
    await page.goto(`http://localhost:${PORT}/${locale}/search/?q=${encodeURIComponent(q)}`);
    await page.locator('.result').first().waitFor({ timeout: 30_000 });
    const ms = Date.now() - start;
    await page.waitForTimeout(300);
    await Promise.all(pending);
    const count = await page.locator('.result').count();
    rows.push(`| ${locale} | ${q} | ${(all / 1024).toFixed(0)} KB | ${(search / 1024).toFixed(0)} KB | ${ms} ms | ${count} |`);
    console.log(rows.at(-1));
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

const section = [
  `## Search (${label})`,
  '',
  'First query in a fresh browser: everything transferred (page, CSS, scripts, Pagefind runtime, index chunks, fragments, gzip',
  'as served), the part that is search (Pagefind and the search script), and the time from opening the search URL to the first',
  'result on screen. Goal: ≤ 100 KB for a first query on the real corpus, ≤ 300 KB on the 8,000-page corpus.',
  '',
  '| lang | query | transferred | of which search | time to first results | results shown |',
  '|---|---|---|---|---|---|',
  ...rows,
  '',
].join('\n');

if (outFile === '-') console.log(section);
else {
  const before = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '# Benchmarks\n';
  const heading = `## Search (${label})`;
  const parts = before.split(/\n(?=## )/);
  const kept = parts.filter((p) => !p.startsWith(heading));
  writeFileSync(outFile, `${kept.join('\n').trimEnd()}\n\n${section}`);
  console.log(`bench:search: wrote ${outFile}`);
}
