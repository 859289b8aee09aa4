/**
 * `npm run bench`: build scaling against a bare Astro + MDX baseline, and page weight.
 *
 *   npm run bench                       # N = 500, 2000, 8000; writes docs/benchmarks.md
 *   npm run bench -- --sizes 50 --out - # quick run, report to stdout (the smoke test in npm test)
 *
 * For each N it writes N SOP-like MDX pages (N/5 pages × en, fr, ar, sq, uk: headings, a step list,
 * glossary terms, a checklist reference) into a fresh tree on top of the valid test fixture, then
 * builds it twice in the same run: with this project's full pipeline (astro build, link check,
 * Pagefind) and with a bare Astro + MDX project that renders the same files, one page each.
 * Our build also renders every page in the six interface-only languages (English fallback), so it
 * writes about 2.2 pages per source file; the report shows both page counts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, symlinkSync, readdirSync, statSync, readFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { htmlPages, pageWeight, pageType } from '../checks/site.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const sizes = arg('sizes', '500,2000,8000').split(',').map(Number);
const outFile = arg('out', 'docs/benchmarks.md');
const project = process.cwd();
const LOCALES = ['en', 'fr', 'ar', 'sq', 'uk'];

/** One SOP-like page of realistic length: about 600 words, headings, steps, terms, a checklist link. */
function page(i: number, locale: string): string {
  const para = (n: number) =>
    `The case manager meets the person ${n} times before travel and records each decision in the case file. ` +
    `A <Term id="nrm">national referral mechanism</Term> decides on identification, and the return operator plans the journey with the partner in the country of return. ` +
    `Risks are assessed again when anything changes, and the person can stop the process at any point without losing other help.`;
  const steps = Array.from({ length: 6 }, (_, s) => `<Step id="step-${s + 1}" title="Step ${s + 1} of procedure ${i}">\n${para(s + 1)}\n\nDone when the record shows the outcome and the next date.\n</Step>`).join('\n');
  const translation = locale === 'en' ? '' : `translation:\n  sourceHash: "000000000000"\n  method: machine-assisted\n`;
  return `---
title: Procedure ${i} (${locale})
description: A synthetic procedure for the build benchmark.
status: current
lastReviewed: 2026-11-28
nextReview: 2027-11-28
sources:
  - title: Example source
    publisher: Example publisher
    url: https://example.org/source
    accessed: 2026-11-28
${translation}---
## Purpose {#purpose}

${para(1)}

## When this applies {#when}

${para(2)} See the [checklist](/en/checklists/demo/).

## Steps {#steps}

<Steps>
${steps}
</Steps>

## Safeguards {#safeguards}

${para(3)}

## Risks and red flags {#risks}

${para(4)}
`;
}

function tree(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  const content = join(dir, 'content');
  cpSync(join(project, 'tests/fixtures/valid'), content, { recursive: true });
  for (let i = 0; i < n / LOCALES.length; i++) {
    const folder = join(content, 'pages', `bench-${i}`);
    mkdirSync(folder, { recursive: true });
    for (const l of LOCALES) writeFileSync(join(folder, `${l}.mdx`), page(i, l));
  }
  return dir;
}

/** A bare Astro + MDX project that renders the same synthetic files, one page each. */
function baseline(dir: string): string {
  const root = join(dir, 'baseline');
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), '{"type":"module","private":true}\n');
  writeFileSync(join(root, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nimport { satteri } from '@astrojs/markdown-satteri';\nexport default defineConfig({ integrations: [mdx()], markdown: { processor: satteri({ features: { headingAttributes: true } }) } });\n`);
  writeFileSync(join(root, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { pages: defineCollection({ loader: glob({ pattern: 'bench-*/*.mdx', base: '${join(dir, 'content/pages')}' }) }) };\n`);
  // The baseline renders the same MDX components as plain pass-throughs (content only, no features).
  mkdirSync(join(root, 'src/components'), { recursive: true });
  writeFileSync(join(root, 'src/components/Pass.astro'), '<div><slot /></div>\n');
  writeFileSync(join(root, 'src/pages/[...slug].astro'), `---\nimport { getCollection, render } from 'astro:content';\nimport Pass from '../components/Pass.astro';\nexport async function getStaticPaths() { return (await getCollection('pages')).map((e) => ({ params: { slug: e.id }, props: { e } })); }\nconst { Content } = await render(Astro.props.e);\n---\n<html lang="en"><head><title>{Astro.props.e.data.title}</title></head><body><main><Content components={{ Step: Pass, Steps: Pass, Term: Pass }} /></main></body></html>\n`);
  return root;
}

interface Run { seconds: number; rssMb: number; pages: number; bytes: number; ok: boolean }

/** Run a command under /usr/bin/time -v for wall time and peak memory (RSS) of the whole tree. */
function measure(cmd: string[], cwd: string, env: Record<string, string>, out: string): Run {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', ...cmd], { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  if (r.status !== 0) console.error(r.stdout.slice(-2000), r.stderr.slice(-2000));
  const pages = r.status === 0 ? htmlPages(out).length : 0;
  return { seconds, rssMb: rss, pages, bytes: r.status === 0 ? du(out) : 0, ok: r.status === 0 };
}

function du(dir: string): number {
  return readdirSync(dir).reduce((n, name) => {
    const p = join(dir, name);
    const s = statSync(p);
    return n + (s.isDirectory() ? du(p) : s.size);
  }, 0);
}

const rows: { n: number; ours: Run; base: Run }[] = [];
for (const n of sizes) {
  const dir = tree(n);
  console.log(`bench: N=${n} in ${dir}`);
  const ours = measure(['npm', 'run', '-s', 'build'], project, { HANDBOOK_CONTENT: join(dir, 'content'), HANDBOOK_OUT: join(dir, 'ours'), HANDBOOK_CACHE: join(dir, 'ours-cache') }, join(dir, 'ours'));
  const root = baseline(dir);
  const base = measure([process.execPath, join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(dir, 'base')], root, {}, join(dir, 'base'));
  rows.push({ n, ours, base });
  console.log(`  ours ${ours.seconds.toFixed(1)} s (${ours.pages} pages), baseline ${base.seconds.toFixed(1)} s (${base.pages} pages)`);
}

// Page weight of the real site, per page type (needs a built dist/).
const weights = new Map<string, { n: number; html: number; css: number; js: number; total: number }>();
try {
  for (const p of htmlPages('dist')) {
    const w = pageWeight('dist', p);
    const t = pageType(p);
    const s = weights.get(t) ?? { n: 0, html: 0, css: 0, js: 0, total: 0 };
    weights.set(t, { n: s.n + 1, html: Math.max(s.html, w.html), css: Math.max(s.css, w.css), js: Math.max(s.js, w.js), total: Math.max(s.total, w.total) });
  }
} catch {
  // No dist/: the page weight table is left out.
}

const kb = (b: number) => (b / 1024).toFixed(1);
const version = (name: string) => JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8')).version;
const lines = [
  '# Benchmarks',
  '',
  `Run on ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (build scaling, page weight) and \`npm run bench:search\`.`,
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; Astro ${version('astro')}; Pagefind ${version('pagefind')}.`,
  '',
  '## Build scaling',
  '',
  'N synthetic SOP-like MDX pages (N/5 pages × 5 languages, about 600 words, steps, glossary terms, a checklist link) on top of the',
  'test fixture. **Ours**: this project\'s full pipeline (astro build with every route and language, link and anchor check, Pagefind).',
  '**Baseline**: a bare Astro + MDX project rendering the same files, one page each, same run. Our site renders each page in',
  'eleven languages (six fall back to English), so it writes more pages; "per page" divides by pages written.',
  '',
  '| N | ours: time | pages | peak RSS | output | baseline: time | pages | peak RSS | output | ours/baseline time | ours/baseline per page | t(N)/t(previous N) |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r, i) => {
    const prev = rows[i - 1];
    const perPage = r.ours.seconds / Math.max(1, r.ours.pages) / (r.base.seconds / Math.max(1, r.base.pages));
    return `| ${r.n} | ${r.ours.seconds.toFixed(1)} s | ${r.ours.pages} | ${r.ours.rssMb.toFixed(0)} MB | ${(r.ours.bytes / 2 ** 20).toFixed(1)} MB | ${r.base.seconds.toFixed(1)} s | ${r.base.pages} | ${r.base.rssMb.toFixed(0)} MB | ${(r.base.bytes / 2 ** 20).toFixed(1)} MB | ${(r.ours.seconds / r.base.seconds).toFixed(2)} | ${perPage.toFixed(2)} | ${prev ? (r.ours.seconds / prev.ours.seconds).toFixed(2) + ` (×${r.n / prev.n} pages)` : '–'} |`;
  }),
  '',
  'Goals: ours/baseline ≤ 1.5 (per page written), t(4N)/t(N) ≤ 4.5 (linear).',
  '',
  ...(weights.size
    ? [
        '## Page weight (real site, gzip, largest page of each type)',
        '',
        '| page type | pages | HTML | CSS | JS loaded before any interaction | total |',
        '|---|---|---|---|---|---|',
        ...[...weights].sort().map(([t, w]) => `| ${t} | ${w.n} | ${kb(w.html)} KB | ${kb(w.css)} KB | ${kb(w.js)} KB | ${kb(w.total)} KB |`),
        '',
        'Goals: content page ≤ 40 KB total; 0 KB of JavaScript needed to read (every page reads with JavaScript off; the scripts',
        'counted here are enhancements: quick exit, the search shortcut, checklists, presentation); JS before search opens ≤ 5 KB.',
        '',
      ]
    : []),
];
const report = lines.join('\n') + '\n';
if (outFile === '-') process.stdout.write(report);
else {
  // Keep the search section written by bench:search, if any.
  let rest = '';
  try {
    rest = readFileSync(outFile, 'utf8').split('\n## Search')[1] ?? '';
  } catch {}
  writeFileSync(outFile, report + (rest ? `\n## Search${rest}` : ''));
  console.log(`bench: wrote ${outFile}`);
}
process.exit(rows.every((r) => r.ours.ok && r.base.ok) ? 0 : 1);
