/**
 * What this build is: the handbook's release and the moment it was built. The offline copy keeps
 * it, so a reader offline sees which version they are reading ("Offline copy from <date>").
 */
import pkg from '../../package.json' with { type: 'json' };
import type { BuildInfo } from '../lib/offline.ts';

export function GET() {
  const info: BuildInfo = { version: pkg.version, date: new Date().toISOString() };
  return new Response(JSON.stringify(info), { headers: { 'Content-Type': 'application/json' } });
}
