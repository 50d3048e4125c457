import { inflateSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { asciiFileName, contentDisposition, fileTypeLabel, formatFileSize } from '@/lib/documents/download';
import { buildDocumentsRss, escapeXml } from '@/lib/documents/feed';
import { documentFilterParams, documentsHref, parseDocumentFilters } from '@/lib/documents/filters';
import { documentNumberKey, foldVietnamese, matchesDocumentNumber, searchWords, wordStartPattern } from '@/lib/documents/number';
import { loadVietnameseFont, renderPdf } from '@/lib/documents/pdf';

describe('document numbers', () => {
  it.each([
    ['20-NQ/TW', ' 20 nq tw '],
    ['20 NQ TW', ' 20 nq tw '],
    ['20/NQ-TW', ' 20 nq tw '],
    ['45/2021/NĐ-CP', ' 45 2021 nd cp '],
    ['17/2023/QH15', ' 17 2023 qh 15 '],
    ['01/2020/TT-BKHĐT', ' 01 2020 tt bkhdt '],
    ['2150/SKHĐT-ĐKKD', ' 2150 skhdt dkkd '],
    ['45/2021/NĐ-CP'.normalize('NFD'), ' 45 2021 nd cp '],
    [' — ', '  '],
  ])('%s → "%s"', (number, key) => {
    expect(documentNumberKey(number)).toBe(key);
  });

  it('matches loose forms of the same number, and runs of whole tokens only', () => {
    for (const typed of ['20-NQ/TW', '20 NQ TW', '20/NQ-TW', '20nq/tw', 'nq-tw']) expect(matchesDocumentNumber('20-NQ/TW', typed)).toBe(true);
    expect(matchesDocumentNumber('45/2021/NĐ-CP', '45/2021')).toBe(true);
    expect(matchesDocumentNumber('45/2021/NĐ-CP', 'nd-cp')).toBe(true);
    expect(matchesDocumentNumber('45/2021/NĐ-CP', '5/2021')).toBe(false);
    expect(matchesDocumentNumber('45/2021/NĐ-CP', '2021/45')).toBe(false);
    expect(matchesDocumentNumber('45/2021/NĐ-CP', '  ')).toBe(false);
  });

  it('folds words for search and escapes them for a regular expression', () => {
    expect(foldVietnamese('Hợp tác xã ĐỒNG Tháp')).toBe('hop tac xa dong thap');
    expect(searchWords(' “Quỹ”  hỗ trợ, quỹ ')).toEqual(['quy', 'ho', 'tro']);
    expect(searchWords('%  _ --')).toEqual([]);
    expect(wordStartPattern('45/2021')).toBe('(^|[^a-z0-9])45/2021');
    expect(wordStartPattern('a.b(c)')).toBe('(^|[^a-z0-9])a\\.b\\(c\\)');
    expect(new RegExp(wordStartPattern('5/2021')).test('45/2021/nd-cp')).toBe(false);
    expect(new RegExp(wordStartPattern('hop')).test('luat hop tac xa')).toBe(true);
  });
});

describe('library filters in the URL', () => {
  it('reads known values and drops anything else', () => {
    expect(
      parseDocumentFilters({ 'pham-vi': 'trung-uong', loai: 'nghi-dinh', 'co-quan': '7', nam: '2021', 'hieu-luc': 'het-hieu-luc', 'linh-vuc': 'tin-dung-quy-ho-tro', 'sap-xep': 'cu-nhat', q: ' 45/2021 ', trang: '2' }),
    ).toEqual({ scope: 'CENTRAL', type: 'DECREE', issuer: 7, year: 2021, validity: 'EXPIRED', field: 'tin-dung-quy-ho-tro', sort: 'oldest', q: '45/2021', page: 2 });
    expect(
      parseDocumentFilters({ 'pham-vi': 'moon', loai: 'constructor', 'co-quan': '-1', nam: '99999', 'hieu-luc': 'toString', 'linh-vuc': '../x', 'sap-xep': '__proto__', q: '\u0000 ', trang: 'abc' }),
    ).toEqual({ page: 1 });
    expect(parseDocumentFilters({ q: 'x'.repeat(500) }).q).toHaveLength(100);
    expect(parseDocumentFilters({ q: 'hợp tác xã'.normalize('NFD') }).q).toBe('hợp tác xã');
  });

  it('writes filters back to the same URL', () => {
    const query = { 'pham-vi': 'dia-phuong', loai: 'ke-hoach', nam: '2023', q: '93/KH-UBND', trang: '3' };
    expect(documentFilterParams(parseDocumentFilters(query))).toEqual(query);
    expect(documentsHref({ scope: 'UNIT', page: 1 })).toBe('/van-ban?pham-vi=don-vi');
    expect(documentsHref({})).toBe('/van-ban');
  });
});

describe('attachment downloads', () => {
  it('names the file in UTF-8 with an ASCII fallback', () => {
    expect(contentDisposition('Nghị định 45-2021-NĐ-CP.pdf')).toBe(
      `attachment; filename="Nghi dinh 45-2021-ND-CP.pdf"; filename*=UTF-8''Ngh%E1%BB%8B%20%C4%91%E1%BB%8Bnh%2045-2021-N%C4%90-CP.pdf`,
    );
    expect(contentDisposition('a"b\\c/d\r\n.pdf')).toMatch(/^attachment; filename="a b c d \.pdf"; filename\*=UTF-8''a%20b%20c%20d/);
    expect(contentDisposition("Kế hoạch (2026) 'mới'*.pdf")).toContain(`filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20%282026%29%20%27m%E1%BB%9Bi%27%2A.pdf`);
    expect(asciiFileName('Đơn đề nghị.pdf')).toBe('Don de nghi.pdf');
  });

  it('describes type and size in Vietnamese', () => {
    expect(fileTypeLabel('application/pdf', 'x.pdf')).toBe('PDF');
    expect(fileTypeLabel('application/octet-stream', 'bang.ods')).toBe('ODS');
    expect(formatFileSize(17_899)).toBe('17,5 KB');
    expect(formatFileSize(1_300_000)).toBe('1,2 MB');
  });
});

describe('RSS of new documents', () => {
  it('is RSS 2.0 with every text escaped', () => {
    const xml = buildDocumentsRss(
      [{ slug: 'nghi-dinh-45-2021-nd-cp', number: '45/2021/NĐ-CP', type: 'DECREE', issuedOn: new Date('2021-03-31'), abstract: 'Quỹ <hỗ trợ> & "HTX"\u0001', issuingBody: { name: 'Chính phủ' } }],
      { origin: 'https://lienminhhtx.angiang.gov.vn', siteName: 'Liên minh Hợp tác xã tỉnh An Giang' },
    );
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(xml).toContain('<title>Nghị định số 45/2021/NĐ-CP</title>');
    expect(xml).toContain('<link>https://lienminhhtx.angiang.gov.vn/van-ban/nghi-dinh-45-2021-nd-cp</link>');
    expect(xml).toContain('Quỹ &lt;hỗ trợ&gt; &amp; &quot;HTX&quot; (Chính phủ)');
    expect(xml).toContain('<pubDate>Wed, 31 Mar 2021 00:00:00 GMT</pubDate>');
    expect(xml).not.toContain('\u0001');
    expect(escapeXml("<a href='x'>")).toBe('&lt;a href=&apos;x&apos;&gt;');
  });
});

describe('the PDF writer', () => {
  const input = {
    title: 'Nghị định 45/2021/NĐ-CP',
    author: 'Chính phủ',
    createdOn: new Date(Date.UTC(2021, 2, 31)),
    blocks: [
      { text: 'NGHỊ ĐỊNH', size: 14, bold: true, align: 'center' as const },
      ...Array.from({ length: 60 }, (_, i) => ({ text: `Điều ${i + 1}. Hợp tác xã được hỗ trợ tiếp cận vốn ưu đãi; thành viên góp vốn theo điều lệ.`, indent: 28 })),
    ],
  };

  it('embeds a font with Vietnamese glyphs from the next package', () => {
    const font = loadVietnameseFont();
    expect(font).not.toBeNull();
    for (const ch of 'ặữỵĐđơư') expect(font!.glyphOf(ch.codePointAt(0)!), ch).toBeGreaterThan(0);
  });

  it('writes a valid, deterministic, multi-page PDF whose text maps back to Unicode', () => {
    const bytes = Buffer.from(renderPdf(input));
    expect(Buffer.from(renderPdf(input)).equals(bytes)).toBe(true);
    const text = bytes.toString('latin1');
    expect(text.startsWith('%PDF-1.7')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toMatch(/\/Count [2-9]/);
    expect(text).toContain('/FontFile2');
    // Every cross-reference entry points at the start of its object.
    const startxref = Number(text.match(/startxref\n(\d+)/)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const entries = [...text.slice(startxref).matchAll(/(\d{10}) 00000 n /g)].map((m) => Number(m[1]));
    entries.forEach((offset, i) => expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
    // The ToUnicode map lets readers copy "Điều" and "ợ" back out of the file.
    const cmaps = [...text.matchAll(/stream\n([\s\S]*?)\nendstream/g)]
      .map((m) => {
        try {
          return inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
        } catch {
          return '';
        }
      })
      .filter((s) => s.includes('beginbfchar'));
    expect(cmaps).toHaveLength(1);
    expect(cmaps[0]).toContain('<0110>'); // Đ
    expect(cmaps[0]).toContain('<1ee3>'); // ợ
  });
});
