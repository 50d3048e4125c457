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
// It also keeps the public lists whose open-ended queries Next renders per request (search,
// document filters, the directory: marked by the proxy), so a repeated query is not rendered again.
// See docs/decisions/0007-front-response-cache.md.
//
// Correctness rests on three rules:
// - Only what Next served from the page cache, or a public list the proxy marked, is kept:
//   anonymous GET requests without router (RSC) headers, status 200 or 404, no Set-Cookie.
//   Workspace pages, actions, API routes and anything else rendered per request pass straight
//   through. A response whose rendering overlapped a content change is not kept.
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

/** url → { status, headers, body, gzip (undefined until first asked for), at, bytes }; Map order is the LRU order. */
const entries = new Map();
let totalBytes = 0;
/** Counts clears: a response whose rendering spanned one is not kept. */
let generation = 0;
let day = vietnamDay();

function vietnamDay() {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

function clear() {
  generation += 1;
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
  // Compressed on the first repeat that asks for it: a list kept after a one-off search may never
  // be asked for again, and compressing it at once cost 3% of a search's time (profiled).
  if (entry.gzip === undefined && acceptsGzip(req)) {
    entry.gzip = entry.body.length > 1024 ? gzipSync(entry.body, { level: 6 }) : null;
    entry.bytes += entry.gzip?.length ?? 0;
    totalBytes += entry.gzip?.length ?? 0;
  }
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
  const bytes = body.length + 512;
  const old = entries.get(key);
  if (old) totalBytes -= old.bytes;
  entries.delete(key);
  entries.set(key, { status, headers, body, gzip: undefined, at: Date.now(), bytes });
  totalBytes += bytes;
  while (totalBytes > maxBytes && entries.size > 1) {
    const [oldestKey, oldest] = entries.entries().next().value;
    entries.delete(oldestKey);
    totalBytes -= oldest.bytes;
  }
}

/** The proxy's mark on a per-request public list (FRONT_CACHE_HEADER in lib/cache/query-routes.ts). */
const LIST_MARK = 'x-portal-front-cache';
const SKIPPED_HEADERS = ['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date', LIST_MARK];

/**
 * Whether the response Next has started is one to keep: a page it served from the page cache, or
 * a public list the proxy marked as rendered per request (lib/cache/query-routes.ts).
 */
function keepable(res) {
  const status = res.statusCode;
  if (status !== 200 && status !== 404) return false;
  if (res.getHeader('set-cookie')) return false;
  return res.getHeader('x-nextjs-cache') === 'HIT' || res.getHeader(LIST_MARK) === 'list';
}

/** Lets Next answer, and keeps its answer when it is one to keep. */
function handleAndCapture(req, res, handle, key) {
  // A response rendered while content changed may show the old content: it is not kept.
  const startedIn = generation;
  let chunks = req.method === 'GET' ? null : undefined;
  const capture = (chunk) => {
    if (chunk == null || typeof chunk === 'function') return;
    // Decided once, when the body starts: the status and headers are final by then.
    if (chunks === null) chunks = keepable(res) ? [] : undefined;
    if (chunks) chunks.push(Buffer.from(chunk));
  };
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  res.write = (chunk, ...rest) => {
    capture(chunk);
    return write(chunk, ...rest);
  };
  res.end = (chunk, ...rest) => {
    capture(chunk);
    const result = end(chunk, ...rest);
    if (chunks && chunks.length > 0 && generation === startedIn) {
      const headers = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (!SKIPPED_HEADERS.includes(name)) headers[name] = value;
      }
      store(key, res.statusCode, headers, Buffer.concat(chunks));
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
