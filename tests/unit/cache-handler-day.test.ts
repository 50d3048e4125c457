import { afterEach, describe, expect, it, vi } from 'vitest';

// @ts-expect-error -- plain JavaScript module (Next loads it by path), no type declarations.
import MemoryCacheHandler from '@/lib/cache/memory-cache-handler.mjs';

type Handler = { get(key: string, ctx?: unknown): Promise<unknown>; set(key: string, data: unknown, ctx?: unknown): Promise<void> };

const page = (tags: string[]) => ({ kind: 'APP_PAGE', html: '<p>x</p>', headers: { 'x-next-cache-tags': tags.join(',') } });

afterEach(() => {
  vi.useRealTimers();
});

describe('pages tagged with the day they were rendered for', () => {
  it('are served until midnight in Vietnam, then dropped', async () => {
    vi.useFakeTimers();
    // 23:59 on 30/11/2026 in Vietnam (UTC+7).
    vi.setSystemTime(new Date('2026-11-30T16:59:00Z'));
    const handler = new MemoryCacheHandler() as Handler;
    await handler.set('/van-ban/x', page(['documents', 'day:2026-11-30']));
    await handler.set('/tin-tuc/y', page(['articles']));
    expect(await handler.get('/van-ban/x')).not.toBeNull();

    vi.setSystemTime(new Date('2026-11-30T17:00:00Z')); // 00:00 on 01/12/2026 in Vietnam
    expect(await handler.get('/van-ban/x')).toBeNull();
    // Pages without a day tag are not affected.
    expect(await handler.get('/tin-tuc/y')).not.toBeNull();
  });
});

describe('copies of the handler in one server process', () => {
  it('share one cache, so an expiry through the background hook of a copy loaded later reaches the pages served', async () => {
    const handler = new MemoryCacheHandler() as Handler;
    await handler.set('/tin-tuc/z', page(['articles', 'article:z']));
    expect(await handler.get('/tin-tuc/z')).not.toBeNull();
    // As the copy `next build` bundles into the proxy, loaded on the first request: it registers the hook again.
    // @ts-expect-error -- plain JavaScript module, loaded a second time under another address.
    const copy = await import('@/lib/cache/memory-cache-handler.mjs?proxy-copy');
    expect(copy.default).not.toBe(MemoryCacheHandler);
    await (globalThis as { __portalExpireTags?: (tags: string[]) => Promise<void> }).__portalExpireTags!(['article:z']);
    expect(await handler.get('/tin-tuc/z')).toBeNull();
  });
});

describe('a render that overlaps a change', () => {
  const expire = (tags: string[]) => (globalThis as { __portalExpireTags?: (tags: string[]) => Promise<void> }).__portalExpireTags!(tags);

  it('is not kept as fresh when the change expired its tags after the render began', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-01T05:00:00.000Z'));
    const handler = new MemoryCacheHandler() as Handler;
    expect(await handler.get('/race')).toBeNull(); // a visitor's render begins, reading the footer
    vi.setSystemTime(new Date('2026-12-01T05:00:00.050Z'));
    await expire(['site-links-race']); // an editor saves a footer link meanwhile
    vi.setSystemTime(new Date('2026-12-01T05:00:00.100Z'));
    await handler.set('/race', page(['site-links-race'])); // the render ends, with the old footer
    expect(await handler.get('/race')).toBeNull();

    // The next render begins after the change: it is kept.
    vi.setSystemTime(new Date('2026-12-01T05:00:00.200Z'));
    await handler.set('/race', page(['site-links-race']));
    expect(await handler.get('/race')).not.toBeNull();
  });

  it('forgets a render that never stored its page, so it cannot date a later one', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-01T06:00:00Z'));
    const handler = new MemoryCacheHandler() as Handler;
    expect(await handler.get('/failed')).toBeNull(); // this render fails: no set
    vi.setSystemTime(new Date('2026-12-01T06:05:00Z'));
    await expire(['failed-tag']);
    vi.setSystemTime(new Date('2026-12-01T06:06:00Z'));
    await handler.set('/failed', page(['failed-tag'])); // stored without a miss of its own within the minute
    expect(await handler.get('/failed')).not.toBeNull();
  });

  it('does not keep misses that never store beyond a minute', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-01T07:00:00Z'));
    const handler = new MemoryCacheHandler() as Handler;
    for (let i = 0; i < 50; i++) expect(await handler.get(`/khong-co/${i}`)).toBeNull(); // a crawler's bad addresses
    const pending = (globalThis as Record<symbol, { pending: Map<string, number[]> }>)[Symbol.for('portal.pageCache')].pending;
    expect([...pending.keys()].filter((k) => k.startsWith('/khong-co/'))).toHaveLength(50);
    vi.setSystemTime(new Date('2026-12-01T07:02:00Z'));
    expect(await handler.get('/another')).toBeNull();
    expect([...pending.keys()].filter((k) => k.startsWith('/khong-co/'))).toHaveLength(0);
  });
});
