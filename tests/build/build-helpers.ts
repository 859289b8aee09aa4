/** Build a content tree in a temporary folder with the project's real pipeline (astro build + post-build checks). */
import { spawn } from 'node:child_process';
import { mkdtempSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildResult {
  ok: boolean;
  output: string;
  out: string;
  content: string;
}

/** Copy `base` (and then each overlay on top) into a fresh tree, remove `remove`, and build it. */
export function buildTree(base: string, overlays: string[] = [], remove: string[] = []): Promise<BuildResult> {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-'));
  const content = join(dir, 'content');
  cpSync(base, content, { recursive: true });
  for (const o of overlays) cpSync(o, content, { recursive: true, filter: (src) => !src.endsWith('case.json') });
  for (const r of remove) rmSync(join(content, r), { recursive: true, force: true });
  const out = join(dir, 'dist');
  const env = { ...process.env, HANDBOOK_CONTENT: content, HANDBOOK_OUT: out, HANDBOOK_CACHE: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', 'build'], { env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ ok: code === 0, output, out, content }));
  });
}
