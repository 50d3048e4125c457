// The production server: Next.js behind a small in-process cache of finished public responses.
//
//   node server.mjs            (PORT, HOSTNAME; what `npm start`, the browser tests and the bench run)
//
// Why: a public page is already rendered once and kept in the page cache (lib/cache/
// memory-cache-handler.mjs), but Next still spends about a millisecond of JavaScript per request
// routing it, building headers and copying the HTML out: 600–950 requests/s for our 75–120 KB
// pages on a 2-core machine, against 3,000–5,000 for the same bytes from memory. This layer keeps
// the bytes Next sent for a page it served from the page cache (`x-nextjs-cache: HIT`) and sends
// them again, with the same status and headers, gzip-compressed once for clients that accept it.
// See docs/decisions/0007-front-response-cache.md.
//
// Correctness rests on three rules:
// - Only what Next itself served from the page cache is kept: anonymous GET/HEAD requests without
//   router (RSC) headers, status 200 or 404, no Set-Cookie. Workspace pages, actions, API routes
//   and anything rendered per request pass straight through.
// - Any tag expiry in the page cache empties this cache at once (content changes a few times a
//   day; the next request per page refills it from the page cache), and so does a new day in
//   Vietnam (documents' validity depends on the date).
// - Entries live at most FRONT_CACHE_TTL_SECONDS (60 by default), bounding how long time-based
//   revalidation (the hourly backstop of document pages) can lag.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

import next from 'next';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME; // unset: every interface, IPv4 and IPv6, as `next start`
const ttlMs = Number(process.env.FRONT_CACHE_TTL_SECONDS ?? 60) * 1000;
const maxBytes = Number(process.env.FRONT_CACHE_MAX_MB ?? 128) * 1024 * 1024;
const enabled = process.env.FRONT_CACHE !== 'off';

/** url → { status, headers, body, gzip, at, bytes }; Map order is the LRU order. */
const entries = new Map();
let totalBytes = 0;
let day = vietnamDay();

function vietnamDay() {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

function clear() {
  entries.clear();
  totalBytes = 0;
}

// The page cache handler calls this whenever a tag is expired (same process, same globalThis).
globalThis.__portalFrontCacheClear = clear;

const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'authorization'];

function cacheable(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (ROUTER_HEADERS.some((h) => req.headers[h] !== undefined)) return false;
  const url = req.url ?? '';
  if (url.length > 2048 || url.includes('_rsc=')) return false;
  return !/^\/(quan-tri|api|_next|dang-nhap)(\/|\?|$)/.test(url);
}

function acceptsGzip(req) {
  return /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
}

function send(req, res, entry) {
  const gzip = entry.gzip && acceptsGzip(req);
  const body = gzip ? entry.gzip : entry.body;
  res.writeHead(entry.status, {
    ...entry.headers,
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    vary: /accept-encoding/i.test(String(entry.headers.vary ?? '')) ? entry.headers.vary : [entry.headers.vary, 'Accept-Encoding'].filter(Boolean).join(', '),
    'content-length': body.length,
    'x-front-cache': 'HIT',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function store(key, status, headers, body) {
  const gzip = body.length > 1024 ? gzipSync(body, { level: 6 }) : null;
  const bytes = body.length + (gzip?.length ?? 0) + 512;
  const old = entries.get(key);
  if (old) totalBytes -= old.bytes;
  entries.delete(key);
  entries.set(key, { status, headers, body, gzip, at: Date.now(), bytes });
  totalBytes += bytes;
  while (totalBytes > maxBytes && entries.size > 1) {
    const [oldestKey, oldest] = entries.entries().next().value;
    entries.delete(oldestKey);
    totalBytes -= oldest.bytes;
  }
}

/** Lets Next answer, and keeps its answer when it is a page served from the page cache. */
function handleAndCapture(req, res, handle, key) {
  const chunks = [];
  let wrote = false;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  res.write = (chunk, ...rest) => {
    wrote = true;
    return write(chunk, ...rest);
  };
  res.end = (chunk, ...rest) => {
    if (!wrote && req.method === 'GET' && chunk != null && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
    const result = end(chunk, ...rest);
    const status = res.statusCode;
    if (chunks.length === 1 && (status === 200 || status === 404) && res.getHeader('x-nextjs-cache') === 'HIT' && !res.getHeader('set-cookie')) {
      const headers = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date'].includes(name)) headers[name] = value;
      }
      store(key, status, headers, chunks[0]);
    }
    return result;
  };
  return handle(req, res);
}

const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  if (!enabled || !cacheable(req)) return void handle(req, res);
  const today = vietnamDay();
  if (today !== day) {
    day = today;
    clear();
  }
  const key = req.url;
  const entry = entries.get(key);
  if (entry && Date.now() - entry.at < ttlMs) {
    entries.delete(key);
    entries.set(key, entry);
    return send(req, res, entry);
  }
  if (entry) {
    entries.delete(key);
    totalBytes -= entry.bytes;
  }
  // Ask Next for the plain bytes (this layer compresses once per entry, not once per request).
  delete req.headers['accept-encoding'];
  void handleAndCapture(req, res, handle, key);
});
server.keepAliveTimeout = 65_000;
const ready = () => console.log(`▲ Next.js (server.mjs) sẵn sàng tại http://${hostname ?? 'localhost'}:${port}`);
if (hostname) server.listen(port, hostname, ready);
else server.listen(port, ready);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    void app.close?.().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
