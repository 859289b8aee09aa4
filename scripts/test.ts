/**
 * `npm test`: every quality gate, in order, ending with one plain line
 * `N passed, N failed, N skipped` summed over all suites (the line CI reads).
 *
 *   1. a browser for the end-to-end tests (installed when none is there)
 *   2. astro check (types)              4. the build (astro build + Pagefind)
 *   3. unit tests (tests/unit)          5. build and site tests (tests/build: fixtures, links, budgets)
 *                                       6. end-to-end tests in Chromium (tests/e2e)
 * A failing step does not stop the later independent ones, so one run shows every problem.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
mkdirSync('tests/.out', { recursive: true });

/** Each step's wall time, printed at the end: the suite should stay under about twenty minutes. */
const timings: string[] = [];

function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}): number {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const start = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  timings.push(`  ${Math.round((performance.now() - start) / 1000)} s  ${cmd} ${args.join(' ').slice(0, 70)}`);
  return r.status ?? 1;
}

/** A step that is one check: counted as one test. */
function gate(name: string, ok: boolean) {
  if (ok) totals.passed++;
  else {
    totals.failed++;
    failures.push(name);
  }
}

/** Run node's test runner and add its counts from the TAP summary it writes. */
function nodeTests(name: string, dir: string): boolean {
  const tap = `tests/.out/${name}.tap`;
  const code = run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, `${dir}/**/*.test.ts`]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (k: string) => Number(new RegExp(`^# ${k} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail');
  totals.skipped += count('skipped') + count('todo');
  if (code !== 0) {
    if (count('fail') === 0) gate(`${name} (runner exited ${code})`, false);
    else failures.push(name);
  }
  return code === 0;
}

function chromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s chromium package.');
    run('apt-get', ['update', '-qq'], { DEBIAN_FRONTEND: 'noninteractive' });
    run('apt-get', ['install', '-y', '-qq', 'chromium', 'poppler-utils'], { DEBIAN_FRONTEND: 'noninteractive' });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.log('No Chromium found: asking Playwright for its own.');
  return run('npx', ['playwright', 'install', 'chromium']) === 0 ? '' : undefined;
}

const browser = chromium();
gate('browser available', browser !== undefined);
gate('astro check', run('npx', ['astro', 'check']) === 0);
nodeTests('unit', 'tests/unit');
const built = run('npm', ['run', 'build']) === 0;
gate('build', built);
// The PDF handbooks, SOPs only (the full set: npm run pdf); tests/build/pdf.test.ts checks them.
if (built && browser !== undefined) gate('pdf', run('npm', ['run', 'pdf', '--', '--quick'], browser ? { CHROMIUM_PATH: browser } : {}) === 0);
if (built) {
  nodeTests('build', 'tests/build');
  if (browser !== undefined) {
    const report = 'tests/.out/e2e.json';
    run('npx', ['playwright', 'test', '-c', 'tests/playwright.config.ts'], { PLAYWRIGHT_JSON_OUTPUT_NAME: report, ...(browser ? { CHROMIUM_PATH: browser } : {}) });
    if (existsSync(report)) {
      const stats = JSON.parse(readFileSync(report, 'utf8')).stats ?? {};
      totals.passed += stats.expected ?? 0;
      totals.failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0);
      totals.skipped += stats.skipped ?? 0;
      console.log(`e2e: ${stats.expected ?? 0} passed, ${(stats.unexpected ?? 0) + (stats.flaky ?? 0)} failed, ${stats.skipped ?? 0} skipped`);
      if (stats.unexpected || stats.flaky) failures.push('e2e');
    } else gate('e2e report written', false);
  }
}

console.log(`\nTime per step:\n${timings.join('\n')}`);
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
