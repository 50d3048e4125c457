import { describe, expect, it } from 'vitest';

import { highlightHtml, highlightRanges, highlightSegments, snippet } from '@/lib/search/highlight';
import { escapeLike, foldText, hasDiacritics, htmlToText, MAX_QUERY_LENGTH, normalizeQuery, queryTerms } from '@/lib/search/text';

const marked = (text: string, query: string) =>
  highlightSegments(text, query)
    .filter((s) => s.match)
    .map((s) => s.text);

describe('query normalization', () => {
  it('turns NFD into NFC, drops control characters and collapses spaces', () => {
    const nfd = '  Hợp\u0000 tác\t\n xã  '.normalize('NFD');
    const q = normalizeQuery(nfd);
    expect(q).toBe('Hợp tác xã');
    expect(q).toBe(q.normalize('NFC'));
  });

  it('cuts long queries to whole code points', () => {
    expect(normalizeQuery('x'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = normalizeQuery('🙂'.repeat(200));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(emoji.isWellFormed()).toBe(true);
  });

  it('is empty for nothing at all', () => {
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery('   ')).toBe('');
  });
});

describe('folding', () => {
  it('removes Vietnamese marks, maps đ/Đ to d and lowercases', () => {
    expect(foldText('Hợp tác xã Đồng Tâm')).toBe('hop tac xa dong tam');
    expect(foldText('GIỒNG RIỀNG')).toBe('giong rieng');
    expect(foldText('Ưu đãi ỹ')).toBe('uu dai y');
    expect(foldText('Hợp tác xã'.normalize('NFD'))).toBe('hop tac xa');
  });

  it('tells accented queries from unaccented ones', () => {
    expect(hasDiacritics('Giồng Riềng')).toBe(true);
    expect(hasDiacritics('đ')).toBe(true);
    expect(hasDiacritics('Giong Rieng')).toBe(false);
    expect(hasDiacritics('20-NQ/TW')).toBe(false);
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });

  it('splits a query into distinct folded words', () => {
    expect(queryTerms('Giồng Riềng, giong!')).toEqual(['giong', 'rieng']);
    expect(queryTerms('a b cd')).toEqual(['cd']);
  });

  it('extracts text from HTML', () => {
    expect(htmlToText('<p>Hợp tác&nbsp;xã &amp; <strong>THT</strong></p><script>x()</script>')).toBe('Hợp tác xã & THT');
  });
});

describe('highlighting', () => {
  it('marks words typed without accents in accented text', () => {
    expect(marked('Hợp tác xã Nông nghiệp Giồng Riềng', 'hop tac xa')).toEqual(['Hợp', 'tác', 'xã']);
    expect(marked('Hợp tác xã Nông nghiệp Giồng Riềng', 'Giong Rieng')).toEqual(['Giồng', 'Riềng']);
  });

  it('marks đ and Đ for a typed d', () => {
    expect(marked('Đồng Tâm và đồng ruộng', 'dong')).toEqual(['Đồng', 'đồng']);
    expect(marked('ĐỒNG', 'đồng')).toEqual(['ĐỒNG']);
  });

  it('marks accented queries in text of either case', () => {
    expect(marked('Xã GIỒNG RIỀNG', 'Giồng')).toEqual(['GIỒNG']);
  });

  it('works on NFD text and keeps its combining marks inside the mark', () => {
    const nfd = 'Hợp tác xã'.normalize('NFD');
    const segments = highlightSegments(nfd, 'hop');
    expect(segments[0]).toEqual({ text: 'Hợp'.normalize('NFD'), match: true });
    expect(segments.map((s) => s.text).join('')).toBe(nfd);
  });

  it('works for an NFD query too', () => {
    expect(marked('Hợp tác xã', 'tác'.normalize('NFD'))).toEqual(['tác']);
  });

  it('matches at the start of words only; prefixes of words for words of three letters or more', () => {
    expect(marked('Xanh xa xăm, xây xã', 'xa')).toEqual(['xa', 'xã']);
    expect(marked('Thạnh Đông', 'anh')).toEqual([]);
    expect(marked('Hợp tác xã', 'ta')).toEqual([]);
    expect(marked('Hợp tác xã nông nghiệp', 'nong nghi')).toEqual(['nông', 'nghi']);
  });

  it('merges overlapping matches and gives the text back unchanged', () => {
    const text = 'Giồng Riềng, tỉnh Kiên Giang';
    const segments = highlightSegments(text, 'gion giong kien');
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Giồng', 'Kiên']);
    expect(highlightRanges(text, 'gion giong kien')).toEqual([
      [0, 5],
      [18, 22],
    ]);
  });

  it('returns the whole text unmarked when nothing matches or the query is empty', () => {
    expect(highlightSegments('Hợp tác xã', 'zzz')).toEqual([{ text: 'Hợp tác xã', match: false }]);
    expect(highlightSegments('Hợp tác xã', '')).toEqual([{ text: 'Hợp tác xã', match: false }]);
    expect(highlightSegments('', 'hop')).toEqual([{ text: '', match: false }]);
  });

  it('escapes HTML around and inside marks', () => {
    expect(highlightHtml('<b>Hợp</b> & "tác" xã', 'hop tac')).toBe(
      '&lt;b&gt;<mark>Hợp</mark>&lt;/b&gt; &amp; &quot;<mark>tác</mark>&quot; xã',
    );
    expect(highlightHtml('<script>alert(1)</script>', 'script')).toBe('&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;');
  });

  it('ignores regular-expression characters in the query', () => {
    expect(marked('Nghị quyết 20-NQ/TW (a+b)', '20-NQ/TW (.*)')).toEqual(['20', 'NQ', 'TW']);
  });
});

describe('snippets', () => {
  const long = `${'Mở đầu văn bản dài. '.repeat(20)}Hợp tác xã Giồng Riềng liên kết tiêu thụ lúa. ${'Phần cuối văn bản. '.repeat(20)}`;

  it('centres on the first match and marks the cuts', () => {
    const s = snippet(long, 'Giong Rieng', 120);
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
    expect(s).toContain('Giồng Riềng');
    expect(s.length).toBeLessThanOrEqual(124);
  });

  it('keeps short text whole and starts at the beginning without a match', () => {
    expect(snippet('Ngắn gọn', 'x')).toBe('Ngắn gọn');
    expect(snippet(long, 'khong co', 60).startsWith('Mở đầu')).toBe(true);
  });
});
