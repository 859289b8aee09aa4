/**
 * A small static server for the built site, with the headers from public/_headers, so that what
 * the tests see is what a deployment serves. `PORT` (default 4321) and `HANDBOOK_OUT` (default dist).
 */
import { createServer } from 'node:http';
import { readFileSync, statSync, existsSync, createReadStream } from 'node:fs';
import { join, normalize, extname } from 'node:path';
import { createGzip } from 'node:zlib';
import { parseHeaders, headersFor } from '../src/lib/headers.ts';

const root = process.env.HANDBOOK_OUT ?? 'dist';
const port = Number(process.env.PORT ?? 4321);
const rules = parseHeaders(readFileSync(join(root, '_headers'), 'utf8'));
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.wasm': 'application/wasm', '.pdf': 'application/pdf', '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

if (!existsSync(root)) {
  console.error(`serve: ${root}/ does not exist; run \`npm run build\` first`);
  process.exit(1);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  const file = normalize(join(root, path));
  if (!file.startsWith(normalize(root))) {
    res.writeHead(403).end();
    return;
  }
  let target = file;
  if (existsSync(target) && statSync(target).isDirectory()) {
    if (!path.endsWith('/')) {
      res.writeHead(301, { Location: `${path}/${url.search}` }).end();
      return;
    }
    target = join(target, 'index.html');
  }
  let status = 200;
  if (!existsSync(target)) {
    status = 404;
    target = join(root, '404.html');
    path = '/404.html';
    if (!existsSync(target)) {
      res.writeHead(404, { ...headersFor(rules, path), 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
  }
  const type = types[extname(target)] ?? 'application/octet-stream';
  // Compress text as any real host does, so measured transfer sizes are honest. (Pagefind's own
  // index files are already compressed.)
  const gzip = /text|javascript|json|xml|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  // Revalidate by default (a new build must show at once); _headers may say otherwise (hashed
  // assets are immutable). The ETag lets a revalidation cost a 304 instead of the whole file.
  const stat = statSync(target);
  const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}${gzip ? '-gz' : ''}"`;
  const headers = { 'Cache-Control': 'no-cache', ...headersFor(rules, path), 'Content-Type': type, ETag: etag, Vary: 'Accept-Encoding' };
  if (status === 200 && req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(status, { ...headers, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
  if (req.method === 'HEAD') res.end();
  // A read error must end this response, never the server.
  else {
    const stream = createReadStream(target).on('error', () => res.destroy());
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  }
}).listen(port, '127.0.0.1', () => console.log(`Safe Return Handbook: http://localhost:${port}/`));
