import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseHeaders, headersFor, matches } from '../../src/lib/headers.ts';

test('reads path rules and their indented headers', () => {
  const rules = parseHeaders('# comment\n/*\n  A: 1\n  B: x: y\n/en/*\n  A: 2\n');
  assert.deepEqual(rules, [{ pattern: '/*', headers: { A: '1', B: 'x: y' } }, { pattern: '/en/*', headers: { A: '2' } }]);
});

test('later matching rules override earlier ones', () => {
  const rules = parseHeaders('/*\n  A: 1\n/en/*\n  A: 2\n');
  assert.deepEqual(headersFor(rules, '/en/x/'), { A: '2' });
  assert.deepEqual(headersFor(rules, '/fr/x/'), { A: '1' });
});

test('a star matches any run of characters, and dots are literal', () => {
  assert.ok(matches('/*', '/a/b/'));
  assert.ok(!matches('/sw.js', '/swxjs'));
});

test('the site policy forbids inline scripts, framing and referrers', () => {
  const h = headersFor(parseHeaders(readFileSync('public/_headers', 'utf8')), '/en/');
  const csp = h['Content-Security-Policy']!;
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(h['Referrer-Policy'], 'no-referrer');
  assert.equal(h['X-Content-Type-Options'], 'nosniff');
});

test('a header line before any path is an error that quotes the line', () => {
  assert.throws(() => parseHeaders('  A: 1\n'), /A: 1/);
});

test('the nginx example sends exactly the headers of public/_headers, in each location', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
  const conf = readFileSync('docs/nginx.conf', 'utf8');
  const block = (location: string) => conf.slice(conf.indexOf(`location ${location} {`)).split(/\n    }/)[0]!;
  const sent = (text: string) => Object.fromEntries([...text.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]));
  // The server block's own headers and the "/" location (which replaces them, nginx-style) agree.
  const server = sent(conf.slice(0, conf.indexOf('location ')));
  assert.deepEqual(server, headersFor(rules, '/'));
  assert.deepEqual(sent(block('/')), { 'Cache-Control': 'no-cache', ...headersFor(rules, '/') });
  assert.deepEqual(sent(block('/_astro/')), headersFor(rules, '/_astro/app.js'));
});

test('hashed build assets are cached for a year; pages are not', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
  assert.match(headersFor(rules, '/_astro/app.1a2b3c.js')['Cache-Control']!, /max-age=31536000, immutable/);
  assert.equal(headersFor(rules, '/en/sops/travel/')['Cache-Control'], undefined);
  assert.equal(headersFor(rules, '/sw.js')['Cache-Control'], undefined);
});
