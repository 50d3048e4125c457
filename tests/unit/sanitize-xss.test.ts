import { describe, expect, it } from 'vitest';

import { cleanArticleHtml, sanitizeArticleHtml } from '@/lib/articles/html';
import { sanitizeDocumentHtml } from '@/lib/documents/sanitize';
import { htmlToText, sanitizeRichHtml, type HtmlProfile } from '@/lib/html/sanitize';
import { sanitizePageHtml } from '@/lib/pages/html';

/**
 * Known XSS payloads (classics of the OWASP XSS filter evasion cheat sheet and of mXSS reports),
 * each run through every profile of the allow-list. None may leave anything that a browser would
 * run, load or overlay on the page.
 */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<img src=x onerror=alert(1)>',
  '<img src="/media/ab/cd/' + 'a'.repeat(64) + '.png" onerror="alert(1)" onload=alert(2)>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',
  '<IMG SRC="jav&#x09;ascript:alert(1);">',
  '<IMG SRC=" &#14;  javascript:alert(1);">',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<math href="javascript:alert(1)">CLICKME</math>',
  '<math><maction actiontype="statusline#" xlink:href="javascript:alert(1)">CLICK</maction></math>',
  '<a href="jAvAsCrIpT:alert(1)">xấu</a>',
  '<a href="&#106;avascript:alert(1)">xấu</a>',
  '<a href="javascript&colon;alert(1)">xấu</a>',
  '<a href="  javascript:alert(1)">xấu</a>',
  '<a href="java\u0000script:alert(1)">xấu</a>',
  '<a href="vbscript:msgbox(1)">xấu</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">xấu</a>',
  '<a href="//xss.example/">nửa</a>',
  '<a href="https://chinhphu.vn" onclick="alert(1)" target="_blank">tốt</a>',
  '<iframe src="https://xss.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="https://xss.example/x.swf">',
  '<base href="https://xss.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="https://xss.example/x.css">',
  '<style>@import "https://xss.example/x.css"; body{display:none}</style>',
  '<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:white">Mạo danh</div>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<p style="width: expression(alert(1))">x</p>',
  '<p class="fixed inset-0 z-50">lớp phủ</p>',
  '<form action="https://xss.example"><input name="password"><button formaction="javascript:alert(1)">Gửi</button></form>',
  '<table background="javascript:alert(1)"><tr><td background="javascript:alert(1)">x</td></tr></table>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<audio src=x onerror=alert(1)>',
  '<marquee onstart=alert(1)>chạy</marquee>',
  '<input autofocus onfocus=alert(1)>',
  '<select autofocus onfocus=alert(1)>',
  '<textarea autofocus onfocus=alert(1)>',
  '<keygen autofocus onfocus=alert(1)>',
  '<<SCRIPT>alert("XSS");//<</SCRIPT>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  '<p title="</p><img src=x onerror=alert(1)>">x</p>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<template><script>alert(1)</script></template>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<xml><x:script>alert(1)</x:script></xml>',
  '<a href="#" onmouseover="alert(1)">di chuột</a>',
  '<figure onclick="alert(1)"><img src="https://xss.example/x.png"><figcaption onmouseover="alert(1)">chú thích</figcaption></figure>',
  '<h2 id="x" onclick="alert(1)">tiêu đề</h2>',
  '<blockquote cite="javascript:alert(1)">trích</blockquote>',
  '<ol start="1" type="javascript:alert(1)"><li>a</li></ol>',
  '<a href="https://chinhphu.vn" style="position:fixed;inset:0">phủ màn hình</a>',
];

/** Anything a browser would execute, load or use to restyle the page, in clean output. */
const DANGER = [
  /<script/i, /<\/?(iframe|object|embed|base|meta|link|style|form|input|button|textarea|select|svg|math|body|video|audio|source|details|marquee|keygen|template|xml)\b/i,
  /\son[a-z]+\s*=/i, /\sstyle\s*=/i, /\sclass\s*=/i, /\ssrcdoc\s*=/i, /\sformaction\s*=/i, /\sbackground\s*=/i, /\starget\s*=/i,
  /javascript\s*:/i, /vbscript\s*:/i, /data\s*:/i, /href="\/\//i, /xss\.example/i, /expression\s*\(/i,
];

const PROFILES: HtmlProfile[] = ['article', 'document', 'page'];

/** Clean output, and the same output with entities decoded (a second decoding must not revive anything). */
function views(html: string): string[] {
  const decoded = html
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t');
  return [html, decoded.replace(/&lt;|&gt;|&quot;|&amp;/g, ' ')];
}

describe('the allow-list strips known XSS payloads', () => {
  for (const profile of PROFILES) {
    it.each(PAYLOADS)(`${profile}: %s`, (payload) => {
      const out = sanitizeRichHtml(payload, profile);
      // Text that was inside a tag's attribute may come back as escaped text (&lt;…), which a
      // browser shows as characters; what must never come back is markup.
      const markupOnly = out.replace(/>[^<]*</g, '><');
      for (const view of views(markupOnly)) {
        for (const danger of DANGER) expect(view, `${danger} in ${out}`).not.toMatch(danger);
      }
    });
  }

  it('is idempotent: cleaning clean output changes nothing', () => {
    for (const payload of PAYLOADS) {
      for (const profile of PROFILES) {
        const once = sanitizeRichHtml(payload, profile);
        expect(sanitizeRichHtml(once, profile)).toBe(once);
      }
    }
  });

  it('the public renderers (article, document, page) use the same allow-list', () => {
    const payload = PAYLOADS.join('');
    for (const out of [sanitizeArticleHtml(payload), sanitizeDocumentHtml(payload), sanitizePageHtml(payload)]) {
      expect(out).not.toMatch(/<script|onerror|javascript:|<iframe|style=/i);
    }
  });
});

describe('what an editor writes survives', () => {
  const MEDIA = '/media/ab/cd/' + 'b'.repeat(64) + '.webp';

  it('keeps headings, emphasis, lists, quotes, links, tables and figures with captions', () => {
    const html =
      '<h2>Kết quả</h2><p><strong>533</strong> HTX và <em>2.220</em> THT, <a href="https://chinhphu.vn">Cổng Chính phủ</a>, <a href="/tin-tuc">tin tức</a>, <a href="mailto:lienminh@example.vn">thư</a></p>' +
      '<ul><li><p>một</p></li></ul><ol><li><p>hai</p></li></ol><blockquote><p>“Trích dẫn”</p></blockquote>' +
      `<figure><img src="${MEDIA}" alt="Hội nghị tổng kết"><figcaption>Toàn cảnh hội nghị</figcaption></figure>` +
      '<table><tbody><tr><th colspan="1" rowspan="1"><p>Chỉ tiêu</p></th></tr><tr><td colspan="2" rowspan="1"><p>1.234</p></td></tr></tbody></table>';
    const out = cleanArticleHtml(html);
    expect(out).toContain('<h2>Kết quả</h2>');
    expect(out).toContain('<a href="https://chinhphu.vn" rel="noopener noreferrer">Cổng Chính phủ</a>');
    expect(out).toContain('<a href="/tin-tuc">tin tức</a>');
    expect(out).toContain('<a href="mailto:lienminh@example.vn">thư</a>');
    expect(out).toContain('<blockquote><p>“Trích dẫn”</p></blockquote>');
    expect(out).toContain(`<figure><img src="${MEDIA}" alt="Hội nghị tổng kết" loading="lazy" decoding="async" /><figcaption>Toàn cảnh hội nghị</figcaption></figure>`);
    expect(out).toContain('<td colspan="2" rowspan="1"><p>1.234</p></td>');
  });

  it('turns HTML into the plain text that revisions compare', () => {
    expect(htmlToText('<h2>Tiêu đề</h2><p>Một &amp; hai<br>ba</p><table><tr><td>a</td><td>b</td></tr></table><script>x()</script>')).toBe('Tiêu đề\nMột & hai\nba\na b');
  });
});

describe('paste from Word', () => {
  it('drops mso styles, classes, spans, comments and local images, and keeps the table', async () => {
    const { cleanPastedHtml } = await import('@/lib/html/paste');
    const word =
      `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{mso-style-parent:"";}</style></head><body>` +
      `<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->` +
      `<p class=MsoNormal style='mso-margin-top-alt:auto'><b><span lang=VI style='font-size:13.0pt;mso-bidi-font-family:"Times New Roman"'>Kết quả<o:p></o:p></span></b></p>` +
      `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span>Một</p>` +
      `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'><tr><td width=200 valign=top style='width:150pt'><p class=MsoNormal>Chỉ tiêu</p></td></tr></table>` +
      `<img width=100 src="file:///C:/Users/a/image001.png" v:shapes="x"><p onclick="x()">Hết</p></body></html>`;
    const out = cleanPastedHtml(word);
    expect(out).not.toMatch(/mso|class=|style=|<span|<o:p|<!--|<img|onclick|<meta|<xml|width=/i);
    expect(out).toContain('<b>Kết quả</b>');
    expect(out).toContain('<p>Một</p>');
    expect(out).toContain('<table><tr><td><p>Chỉ tiêu</p></td></tr></table>');
  });

  it('moves pasted headings to the levels the editor offers', async () => {
    const { fitHeadings } = await import('@/lib/html/paste');
    const word = '<h1>Chương I</h1><h2 >Mục 1</h2><h3>Điều 1</h3><h5>Khoản</h5>';
    expect(fitHeadings(word, [3, 4])).toBe('<h3>Chương I</h3><h3 >Mục 1</h3><h3>Điều 1</h3><h4>Khoản</h4>');
    expect(fitHeadings(word, [2, 3, 4])).toBe('<h2>Chương I</h2><h2 >Mục 1</h2><h3>Điều 1</h3><h4>Khoản</h4>');
    expect(fitHeadings('<H1 class=x>A</H1>', [2, 3, 4])).toBe('<h2 class=x>A</h2>');
  });
});
