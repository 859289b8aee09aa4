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

test('the nginx example sends exactly the headers of public/_headers', () => {
  const wanted = headersFor(parseHeaders(readFileSync('public/_headers', 'utf8')), '/');
  const conf = readFileSync('docs/nginx.conf', 'utf8');
  const sent = Object.fromEntries([...conf.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]));
  assert.deepEqual(sent, wanted);
});
