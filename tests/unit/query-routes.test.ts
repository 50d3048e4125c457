import { describe, expect, it } from 'vitest';

import { canonicalQuery, decodeQuerySegment, encodeQuerySegment, isRewrittenListHref, listRewritePath } from '@/lib/cache/query-routes';

describe('list query rewriting', () => {
  it('maps equivalent queries to one internal path', () => {
    const a = listRewritePath('/van-ban', new URLSearchParams('trang=2&pham-vi=trung-uong&utm_source=zalo'));
    const b = listRewritePath('/van-ban', new URLSearchParams('pham-vi=trung-uong&trang=2&pham-vi=dia-phuong'));
    expect(a).toMatch(/^\/van-ban\/bo-loc\/[A-Za-z0-9_-]+$/);
    expect(a).toBe(b);
  });

  it('serves feedback lookups by code from the cached route', () => {
    const path = listRewritePath('/y-kien/tra-cuu', new URLSearchParams('ma=YK-7Q3M-K9TD&utm_source=zalo'));
    expect(path).toMatch(/^\/y-kien\/tra-cuu\/bo-loc\/[A-Za-z0-9_-]+$/);
    expect(decodeQuerySegment(path!.split('/').pop()!)).toEqual({ ma: 'YK-7Q3M-K9TD' });
  });

  it('leaves paths without a meaningful query alone', () => {
    expect(listRewritePath('/van-ban', new URLSearchParams(''))).toBeNull();
    expect(listRewritePath('/van-ban', new URLSearchParams('utm_source=x&fbclid=y&q='))).toBeNull();
    expect(listRewritePath('/tin-tuc/bai-viet', new URLSearchParams('trang=2'))).toBeNull();
    expect(listRewritePath('/quan-tri/to-chuc', new URLSearchParams('trang=2'))).toBeNull();
  });

  it('round-trips Vietnamese text in NFC whatever form it arrived in', () => {
    const nfd = 'hợp tác xã'.normalize('NFD');
    const path = listRewritePath('/tim-kiem', new URLSearchParams({ q: nfd }));
    const segment = path!.split('/').pop()!;
    expect(decodeQuerySegment(segment)).toEqual({ q: 'hợp tác xã' });
  });

  it('bounds what a visitor can send', () => {
    const long = canonicalQuery(new URLSearchParams({ q: 'x'.repeat(5000), 'bad key!': '1', a: '\u0000b' }));
    expect(long.q).toHaveLength(200);
    expect(long).not.toHaveProperty('bad key!');
    expect(long.a).toBe('b');
    expect(decodeQuerySegment('%%%')).toEqual({});
    expect(decodeQuerySegment('x'.repeat(5000))).toEqual({});
    expect(decodeQuerySegment(encodeQuerySegment({ trang: '3' }))).toEqual({ trang: '3' });
  });
});

describe('links that need a full page load', () => {
  it('are list paths with a query that shows something', () => {
    expect(isRewrittenListHref('/van-ban?pham-vi=trung-uong')).toBe(true);
    expect(isRewrittenListHref('/tim-kiem?q=h%E1%BB%A3p+t%C3%A1c&loai=van-ban')).toBe(true);
    expect(isRewrittenListHref('/tin-tuc/chuyen-muc/tin-hoat-dong?trang=2')).toBe(true);
    expect(isRewrittenListHref('/lich-cong-tac?tuan=2026-W49#thu-hai')).toBe(true);
  });

  it('are not bare lists, trackers only, other pages or other sites', () => {
    expect(isRewrittenListHref('/van-ban')).toBe(false);
    expect(isRewrittenListHref('/van-ban?utm_source=zalo')).toBe(false);
    expect(isRewrittenListHref('/van-ban?pham-vi=')).toBe(false);
    expect(isRewrittenListHref('/van-ban/nghi-dinh-45-2021?x=1')).toBe(false);
    expect(isRewrittenListHref('/quan-tri/to-chuc?trang=2')).toBe(false);
    expect(isRewrittenListHref('https://example.vn/van-ban?pham-vi=trung-uong')).toBe(false);
  });
});
