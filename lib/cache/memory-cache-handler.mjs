// The portal's server cache (Next's `cacheHandler` interface): rendered public pages and tagged
// data, kept in this process's memory and expired by tag. See docs/decisions/0004.
//
// Why our own handler rather than Next's default file-system cache:
// - The build has no database, so it prerenders public pages as empty placeholders
//   (lib/cache/public.ts). This handler never reads build output: the first request after a start
//   renders each page from the database and later requests are served from here.
// - Several instances can later share one cache by replacing this file with a handler backed by a
//   shared store (Redis, the database); the interface (get, set, revalidateTag) stays the same.
//
// Expiry policy: any revalidation of a tag expires its entries at once (no stale-while-revalidate
// window), so a published change is what the next visitor sees.

const NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags';
const MAX_BYTES = Number(process.env.PAGE_CACHE_MAX_MB ?? 256) * 1024 * 1024;

/**
 * The cache's state lives on globalThis, not in this module: Next loads this file more than once
 * in one server process. The server imports it for its incremental cache, and `next build` also
 * bundles a copy into the proxy (proxy.ts runs on Node.js), whose module-level maps would be
 * separate. Each copy registers the background expiry hook below when it loads, so the last one
 * loaded (the proxy's) won: the article scheduler then expired tags in the proxy's empty copy
 * while Next kept serving the stale pages from the real one. One shared state makes every copy's
 * expiry reach the pages Next serves.
 *
 * entries: key → { entry, bytes }; a Map keeps insertion order, which serves as the LRU order.
 * expiredTags: tag → time (ms) from which entries older than it are expired.
 * pending: key → start times (ms) of the renders that found no entry and have not stored one yet.
 */
const state = (globalThis[Symbol.for('portal.pageCache')] ??= { entries: new Map(), expiredTags: new Map(), pending: new Map(), totalBytes: 0 });
const { entries, expiredTags, pending } = state;

// An entry dates from when its render began, not from when it was stored: a render that read the
// database before a change and finished after the change's expiry would otherwise be kept as
// fresh, with the old content, until the next change (seen: the public footer kept a link's old
// name after an editor saved it, while other visitors' renders of the home page were under way).
// A render begins with the miss that Next's get reports; one that never stores (an error) is
// forgotten after a minute, so it cannot date a later entry.
const PENDING_MS = 60_000;

function beginRender(key) {
  const now = Date.now();
  // Misses that never store (a bad address's 404, say) would pile up: once a minute, forget those
  // older than a minute (and whenever the clock went back).
  const sweptAt = state.pendingSweptAt ?? 0;
  if (now - sweptAt > PENDING_MS || now < sweptAt) {
    state.pendingSweptAt = now;
    for (const [k, starts] of pending) if (starts[starts.length - 1] < now - PENDING_MS) pending.delete(k);
  }
  const starts = pending.get(key) ?? [];
  starts.push(now);
  pending.set(key, starts);
}

function renderStart(key) {
  const starts = pending.get(key);
  const now = Date.now();
  while (starts?.length && starts[0] < now - PENDING_MS) starts.shift();
  const start = starts?.shift();
  if (!starts?.length) pending.delete(key);
  return start ?? now;
}

function sizeOf(value) {
  if (!value) return 64;
  let bytes = 256;
  for (const part of [value.html, value.body, value.rscData, value.pageData, value.data]) {
    if (part == null) continue;
    if (typeof part === 'string') bytes += part.length * 2;
    else if (typeof part.byteLength === 'number') bytes += part.byteLength;
    else bytes += JSON.stringify(part).length * 2;
  }
  if (value.segmentData instanceof Map) {
    for (const segment of value.segmentData.values()) bytes += segment?.byteLength ?? 0;
  }
  return bytes;
}

function tagsOf(key, value, ctx) {
  const tags = [];
  const header = value?.headers?.[NEXT_CACHE_TAGS_HEADER];
  if (typeof header === 'string') tags.push(...header.split(','));
  if (Array.isArray(value?.tags)) tags.push(...value.tags);
  if (ctx?.kind === 'FETCH') tags.push(...(ctx.tags ?? []), ...(ctx.softTags ?? []));
  return tags;
}

// "YYYY-MM-DD" in Vietnam's time zone, whatever the server's.
const vietnamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });
const DAY_TAG = 'day:';

function isExpired(tags, lastModified) {
  // A page rendered for another day (cacheTags.day) is stale from midnight on: its content, such
  // as a document's validity, depends on the date.
  const today = `${DAY_TAG}${vietnamDay.format(new Date())}`;
  for (const tag of tags) {
    if (tag.startsWith(DAY_TAG) && tag !== today) return true;
    const at = expiredTags.get(tag);
    if (at !== undefined && at >= lastModified) return true;
  }
  return false;
}

function remove(key) {
  const found = entries.get(key);
  if (!found) return;
  entries.delete(key);
  state.totalBytes -= found.bytes;
}

function expireTags(tags) {
  // The finished responses server.mjs keeps in front of Next go with any change.
  globalThis.__portalFrontCacheClear?.();
  const now = Date.now();
  for (const tag of typeof tags === 'string' ? [tags] : tags) expiredTags.set(tag, now);
}

// Expiry from outside a request (the article scheduler, lib/cache/tags.ts
// expirePublicTagsInBackground): Next's revalidateTag needs a request context, this does not.
globalThis.__portalExpireTags = async (tags) => expireTags(tags);

export default class MemoryCacheHandler {
  constructor() {}

  async get(key, ctx) {
    const found = entries.get(key);
    if (!found) {
      beginRender(key);
      return null;
    }
    if (isExpired(tagsOf(key, found.entry.value, ctx), found.entry.lastModified)) {
      remove(key);
      beginRender(key);
      return null;
    }
    // Touch: most recently used goes to the end of the eviction order.
    entries.delete(key);
    entries.set(key, found);
    return found.entry;
  }

  async set(key, data, ctx) {
    remove(key);
    const entry = { value: data, lastModified: renderStart(key), cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl };
    const bytes = sizeOf(data);
    entries.set(key, { entry, bytes });
    state.totalBytes += bytes;
    while (state.totalBytes > MAX_BYTES && entries.size > 1) {
      const oldest = entries.keys().next().value;
      remove(oldest);
    }
  }

  async revalidateTag(tags) {
    expireTags(tags);
  }

  resetRequestCache() {}
}
