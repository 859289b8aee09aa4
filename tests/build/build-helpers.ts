/** Build a content tree in a temporary folder with the project's real pipeline (astro build + Pagefind). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildResult {
  ok: boolean;
  output: string;
  out: string;
  content: string;
}

/** Copy `base` (and then each overlay on top) into a fresh tree and build it. */
export function buildTree(base: string, overlays: string[] = [], remove: string[] = []): BuildResult {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-'));
  const content = join(dir, 'content');
  cpSync(base, content, { recursive: true });
  for (const o of overlays) cpSync(o, content, { recursive: true, filter: (src) => !src.endsWith('case.json') });
  for (const r of remove) spawnSync('rm', ['-rf', join(content, r)]);
  const out = join(dir, 'dist');
  const env = { ...process.env, HANDBOOK_CONTENT: content, HANDBOOK_OUT: out, HANDBOOK_CACHE: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  const r = spawnSync('npm', ['run', '-s', 'build'], { env, encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}\n${r.stderr}`, out, content };
}
