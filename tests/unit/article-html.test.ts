import { describe, expect, it } from 'vitest';

import { sanitizeArticleHtml } from '@/lib/articles/html';
import { escapeXml, renderRss } from '@/lib/feeds/rss';
import { formatWeekdayDateTime } from '@/lib/format/date';

const KEY = '/media/ab/cd/' + 'a'.repeat(64) + '.svg';

describe('article bodies are cleaned on read', () => {
  it('keeps text, headings, lists, quotes, tables and our own figures', () => {
    const html = `<h2>Kết quả</h2><p><strong>533</strong> HTX, <em>55.264</em> thành viên</p><ul><li>một</li></ul><blockquote><p>“Trích”</p></blockquote>` +
      `<figure><img src="${KEY}" alt="Hội nghị" width="1200" height="675"><figcaption>Toàn cảnh</figcaption></figure>` +
      `<table><caption>Số liệu</caption><thead><tr><th scope="col">Chỉ tiêu</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>`;
    const out = sanitizeArticleHtml(html);
    expect(out).toContain('<h2>Kết quả</h2>');
    expect(out).toContain('<strong>533</strong>');
    expect(out).toContain(`<img src="${KEY}" alt="Hội nghị" width="1200" height="675" loading="lazy" decoding="async" />`);
    expect(out).toContain('<figcaption>Toàn cảnh</figcaption>');
    expect(out).toContain('<div class="table-scroll" role="region" tabindex="0" aria-label="Số liệu"><table>');
    expect(out).toContain('<th scope="col">Chỉ tiêu</th>');
  });

  it('drops scripts, handlers, styles, frames and images from elsewhere', () => {
    const out = sanitizeArticleHtml(
      `<p onclick="x()" style="color:red">a</p><script>alert(1)</script><iframe src="https://evil"></iframe>` +
        `<img src="https://evil.example/x.png" alt="x"><img src="/media/../../etc/passwd"><img src="data:image/png;base64,AAA">` +
        `<a href="javascript:alert(1)">xấu</a><a href="//evil.example">nửa</a><a href="https://chinhphu.vn">tốt</a><a href="/tin-tuc">trong</a><h1>Tiêu đề</h1>`,
    );
    expect(out).not.toMatch(/script|onclick|style=|iframe|evil|javascript|data:|<img/);
    expect(out).toContain('<a>xấu</a>');
    expect(out).toContain('<a href="https://chinhphu.vn" rel="noopener noreferrer">tốt</a>');
    expect(out).toContain('<a href="/tin-tuc">trong</a>');
    expect(out).toContain('<h2>Tiêu đề</h2>');
  });
});

describe('RSS', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`<b>"A" & 'B'</b>\u0000\u0008`)).toBe('&lt;b&gt;&quot;A&quot; &amp; &apos;B&apos;&lt;/b&gt;');
  });

  it('writes a valid RSS 2.0 channel with dated items', () => {
    const xml = renderRss({
      title: 'Tin tức',
      link: 'https://example.vn/tin-tuc',
      selfLink: 'https://example.vn/rss.xml',
      description: 'Tin mới',
      language: 'vi',
      items: [{ title: 'HTX & THT <mới>', link: 'https://example.vn/tin-tuc/a', description: 'Tóm tắt', pubDate: new Date(Date.UTC(2026, 10, 18, 1, 23)), category: 'Tin hoạt động', creator: 'Minh Anh' }],
    });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain('<title>HTX &amp; THT &lt;mới&gt;</title>');
    expect(xml).toContain('<pubDate>Wed, 18 Nov 2026 01:23:00 GMT</pubDate>');
    expect(xml).toContain('<guid isPermaLink="true">https://example.vn/tin-tuc/a</guid>');
    expect(xml).toContain('<dc:creator>Minh Anh</dc:creator>');
  });
});

describe('article time', () => {
  it('prints the weekday and time in Vietnam', () => {
    // 14/07/2023 01:23 UTC is a Friday, 08:23 in Vietnam.
    expect(formatWeekdayDateTime(new Date(Date.UTC(2023, 6, 14, 1, 23)))).toBe('Thứ Sáu, 14/07/2023 08:23');
    expect(formatWeekdayDateTime(new Date(Date.UTC(2023, 6, 15, 18, 0)))).toBe('Chủ Nhật, 16/07/2023 01:00');
  });
});
