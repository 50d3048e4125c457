import { describe, expect, it } from 'vitest';

import { sanitizePageHtml } from '@/lib/pages/html';

describe('page bodies are cleaned on read', () => {
  it('keeps text, headings, lists, links and accessible tables', () => {
    const html =
      '<h2 id="a">Chức năng</h2><ul><li>Đại diện</li></ul><p><a href="/y-kien">Ý kiến</a> <a href="tel:02973862468">0297</a></p>' +
      '<table><caption>Lãnh đạo</caption><thead><tr><th scope="col">Họ và tên</th></tr></thead><tbody><tr><th scope="row">A</th></tr></tbody></table>';
    const table = html.slice(html.indexOf('<table>'));
    expect(sanitizePageHtml(html)).toBe(
      html.replace(table, `<div class="table-scroll" role="region" tabindex="0" aria-label="Lãnh đạo">${table}</div>`),
    );
    expect(sanitizePageHtml('<table><tr><td>1</td></tr></table>', 'en')).toContain('aria-label="Table"');
  });

  it('removes scripts, event handlers, styles and dangerous URLs', () => {
    const dirty =
      '<p onclick="alert(1)" style="color:red">Xin chào<script>alert(1)</script></p><a href="javascript:alert(1)">x</a>' +
      '<img src="data:image/svg+xml;base64,AAAA" onerror="alert(1)"><iframe src="https://evil.example"></iframe><form action="/x"><input></form>';
    const clean = sanitizePageHtml(dirty);
    expect(clean).toBe('<p>Xin chào</p><a>x</a>');
  });

  it('demotes a level-1 heading and marks external links noopener', () => {
    expect(sanitizePageHtml('<h1>Tiêu đề</h1>')).toBe('<h2>Tiêu đề</h2>');
    expect(sanitizePageHtml('<a href="https://chinhphu.vn">Chính phủ</a>')).toBe(
      '<a href="https://chinhphu.vn" rel="noopener noreferrer">Chính phủ</a>',
    );
  });
});
