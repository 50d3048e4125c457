import { expect, test, type APIRequestContext } from '@playwright/test';

import { sql } from './db';

// Whatever a visitor sends in a path, a query string, a page number or a header, the portal answers
// with a page or a 4xx, never a 500. Each request is checked on its own so that one failure names
// the input that caused it.

const longText = 'a'.repeat(6000);
const hostileValues = [
  '-1',
  '0',
  '99999999999999999999',
  '1e9',
  'abc',
  "' OR 1=1 --",
  '"; DROP TABLE "Article"; --',
  '%',
  '_',
  '\\',
  '%00',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'hợp tác xã'.normalize('NFD'),
  '🙂',
  longText,
];

const listPaths = ['/tin-tuc', '/van-ban', '/hop-tac-xa', '/tim-kiem', '/so-lieu', '/y-kien/tra-cuu'];
const listKeys = ['trang', 'q', 'pham-vi', 'loai', 'nam', 'hieu-luc', 'linh-vuc', 'co-quan', 'sap-xep', 'xa', 'huyen-cu', 'tinh-trang', 'ma'];

async function expectNo500(request: APIRequestContext, url: string, headers?: Record<string, string>) {
  const response = await request.get(url, { headers, maxRedirects: 0, failOnStatusCode: false });
  expect(response.status(), `${url} ${headers ? JSON.stringify(headers).slice(0, 120) : ''}`).toBeLessThan(500);
}

test('hostile query strings on every public list answer without a server error', async ({ request }) => {
  test.setTimeout(240_000);
  for (const path of listPaths) {
    for (const key of listKeys) {
      for (const value of hostileValues) {
        await expectNo500(request, `${path}?${key}=${encodeURIComponent(value)}`);
      }
    }
    // Raw, malformed and repeated parameters.
    for (const raw of ['trang[]=1', 'trang=1&trang=2', 'q=%E0%A4%A', 'q=%', '%=%', '&&&=&', 'q=a%00b', `q=${longText}`]) {
      await expectNo500(request, `${path}?${raw}`);
    }
  }
});

test('hostile slugs and paths answer 404 or a page, never a server error', async ({ request }) => {
  test.setTimeout(180_000);
  const [article] = await sql<{ slug: string }>(`SELECT slug FROM "Article" WHERE status = 'PUBLISHED' LIMIT 1`);
  const slugs = [
    '%00',
    '..%2F..%2Fetc%2Fpasswd',
    '%E0%A4%A',
    "'%20OR%201=1--",
    '%3Cscript%3E',
    encodeURIComponent('hợp-tác-xã'.normalize('NFD')),
    'a'.repeat(3000),
    `${article.slug}%20`,
    'bo-loc',
    'bo-loc/%%%',
    'bo-loc/AAAA',
    `bo-loc/${'A'.repeat(3000)}`,
  ];
  const prefixes = ['/tin-tuc/', '/tin-tuc/chuyen-muc/', '/van-ban/', '/hop-tac-xa/', '/', '/en/', '/thu-vien/anh/'];
  for (const prefix of prefixes) {
    for (const slug of slugs) await expectNo500(request, `${prefix}${slug}`);
  }
  for (const path of ['/rss.xml', '/van-ban/rss.xml', '/sitemap.xml', '/robots.txt', '/api/health']) {
    await expectNo500(request, path);
  }
});

test('hostile headers answer without a server error', async ({ request }) => {
  const [article] = await sql<{ slug: string }>(`SELECT slug FROM "Article" WHERE status = 'PUBLISHED' LIMIT 1`);
  const headerSets: Record<string, string>[] = [
    { 'accept-language': 'xx-YY;q=abc, *;q=-1, ;;;' },
    { 'x-forwarded-for': 'not-an-ip, 999.999.1.1' },
    { cookie: 'next-auth.session-token=garbage; __Secure-next-auth.session-token=%%%' },
    { 'user-agent': 'x'.repeat(8000) },
    { range: 'bytes=999999999-' },
    { 'if-none-match': '"' + 'x'.repeat(500) },
    { rsc: '1' },
    { rsc: '1', 'next-router-state-tree': 'garbage' },
    { 'next-router-prefetch': '1', rsc: '1' },
    { 'next-action': 'deadbeef' },
    { accept: 'application/json' },
  ];
  for (const path of ['/', `/tin-tuc/${article.slug}`, '/van-ban', '/hop-tac-xa', '/tim-kiem?q=htx']) {
    for (const headers of headerSets) await expectNo500(request, path, headers);
  }
});

test('every response carries the baseline security headers', async ({ request }) => {
  for (const path of ['/', '/tin-tuc', '/dang-nhap', '/api/health', '/khong-ton-tai']) {
    const response = await request.get(path, { failOnStatusCode: false });
    const headers = response.headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['strict-transport-security'], path).toContain('max-age=');
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
});
