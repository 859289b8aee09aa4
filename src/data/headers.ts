/**
 * The site's HTTP headers, read once from public/_headers (the one place they are written). Pages
 * also carry the Content-Security-Policy as a <meta> tag, for hosts that cannot send headers;
 * `frame-ancestors` is dropped there because browsers ignore it in a meta tag.
 */
import { readFileSync } from 'node:fs';
import { parseHeaders, headersFor } from '../lib/headers.ts';

const headers = headersFor(parseHeaders(readFileSync('public/_headers', 'utf8')), '/');

export const metaCsp = (headers['Content-Security-Policy'] ?? '')
  .split(';')
  .map((d) => d.trim())
  .filter((d) => d && !d.startsWith('frame-ancestors'))
  .join('; ');
