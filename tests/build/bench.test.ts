/** The build benchmark runs end to end on a small N (the full run is `npm run bench`). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('the build benchmark builds a small synthetic tree with our pipeline and the bare baseline, and reports both', () => {
  const r = spawnSync(process.execPath, ['scripts/bench/build.ts', '--sizes', '25', '--out', '-'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  assert.equal(r.status, 0, r.stderr.slice(-2000));
  const row = r.stdout.split('\n').find((l) => l.startsWith('| 25 |'));
  assert.ok(row, r.stdout.slice(-1500));
  const cells = row!.split('|').map((c) => c.trim());
  assert.match(cells[2]!, /^\d+\.\d s$/);
  assert.ok(Number(cells[3]) > 25, 'our build wrote pages');
  assert.equal(Number(cells[7]), 25, 'the baseline wrote one page per file');
});
