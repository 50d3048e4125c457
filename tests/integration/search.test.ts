import { beforeAll, describe, expect, it } from 'vitest';

import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { searchSite, type SiteSearch } from '@/lib/search/queries';
import { getDirectoryPage } from '@/lib/directory/queries';
import { countsSql, MATCH_CAP, prepareQuery, resultsSql, type SearchType } from '@/lib/search/sql';
import { createArticle, createCategory, createIssuingBody, createLegalDocument, createOrganization, createUnit } from '@/prisma/seed/factories';

// A small province of its own: the search reads what these records say, nothing else.
let communeId: number;

beforeAll(async () => {
  communeId = (await createUnit(prisma, { name: 'Giồng Riềng', type: 'Xã' })).id;
  const org = (name: string, extra: Parameters<typeof createOrganization>[1] = {}) =>
    createOrganization(prisma, { unitId: communeId, name, shortName: null, mainProducts: 'Lúa, khóm', ...extra });
  await org('Hợp tác xã Nông nghiệp Giồng Riềng');
  await org('Hợp tác xã Đồng Tâm');
  await org('Hợp tác xã Nông nghiệp Hòa An', { address: 'Ấp Kinh 5, xã Giồng Riềng, tỉnh An Giang' });
  await org('Hợp tác xã Đông Tiến');
  await org('Hợp tác xã Đồng Tiến');
  await org('Tổ hợp tác sản xuất lúa Ngọc Chúc', { kind: 'GROUP' });
  await org('Quỹ tín dụng nhân dân Thạnh Hưng', { kind: 'CREDIT_FUND', mainProducts: 'Tín dụng' });
  await org('Hợp tác xã Đã Xóa Giồng Riềng', { deletedAt: new Date('2026-01-05T00:00:00Z') });

  const category = await createCategory(prisma, { name: 'Kinh tế tập thể' });
  const article = (title: string, extra: Parameters<typeof createArticle>[1] = {}) =>
    createArticle(prisma, { categoryId: category.id, title, summary: 'Tin hoạt động kinh tế tập thể trong tỉnh.', ...extra });
  await article('Giồng Riềng có thêm 5 hợp tác xã kiểu mới');
  await article('Hội nghị sơ kết kinh tế tập thể 6 tháng đầu năm');
  await article('Bản nháp: hợp tác xã Giồng Riềng', { status: 'DRAFT', publishedAt: null });
  await article('Hẹn giờ: hợp tác xã Giồng Riềng', { publishedAt: new Date(Date.now() + 7 * 86_400_000) });
  for (let i = 1; i <= 12; i++) {
    await article(`Bản tin hợp tác xã số ${i}`, { publishedAt: new Date(Date.UTC(2026, 0, i, 2)) });
  }

  const issuer = await createIssuingBody(prisma, { name: 'Ban Chấp hành Trung ương', level: 'CENTRAL' });
  await createLegalDocument(prisma, {
    issuingBodyId: issuer.id,
    type: 'RESOLUTION',
    number: '20-NQ/TW',
    scope: 'CENTRAL',
    abstract: 'Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới',
  });
  await createLegalDocument(prisma, { issuingBodyId: issuer.id, number: '99/QĐ-UBND', abstract: 'Quyết định chưa công bố về hợp tác xã', published: false });

  await prisma.page.createMany({
    data: [
      { slug: 'gioi-thieu', title: 'Giới thiệu Liên minh Hợp tác xã tỉnh', body: '<p>Liên minh <strong>hợp tác xã</strong> tỉnh đại diện các hợp tác xã.</p>', locale: 'vi' },
      { slug: 'about', title: 'About the Provincial Cooperative Alliance', summary: 'Functions and history of the alliance.', body: '<p>The alliance represents cooperatives.</p>', locale: 'en' },
      { slug: 'nhap', title: 'Trang nháp hợp tác xã', body: '<p>Chưa đăng.</p>', published: false },
    ],
  });
});

type Results = Extract<SiteSearch, { state: 'results' }>;
async function search(q: string, type: SearchType | null = null, page = 1): Promise<Results> {
  const result = await searchSite(q, type, page);
  if (result.state !== 'results') throw new Error(`no results state for "${q}": ${result.state}`);
  return result;
}
const titles = (r: Results, type: SearchType) => r.rows.filter((row) => row.type === type).map((row) => row.title);

describe('accent-insensitive search', () => {
  it('finds "hợp tác xã" for "hop tac xa" in every type, grouped with counts', async () => {
    const r = await search('hop tac xa');
    expect(r.counts.organization).toBeGreaterThanOrEqual(4);
    expect(r.counts.article).toBe(13);
    expect(r.counts.page).toBe(1);
    expect(r.total).toBe(r.counts.article + r.counts.document + r.counts.organization + r.counts.page);
    expect(titles(r, 'organization')).toContain('Hợp tác xã Đồng Tâm');
    expect(titles(r, 'article')).toHaveLength(5);
    expect(titles(r, 'page')).toEqual(['Giới thiệu Liên minh Hợp tác xã tỉnh']);
  });

  it('finds "Giồng Riềng" for "Giong Rieng", in names first, then in addresses', async () => {
    const r = await search('Giong Rieng');
    expect(titles(r, 'organization')).toEqual(['Hợp tác xã Nông nghiệp Giồng Riềng', 'Hợp tác xã Nông nghiệp Hòa An']);
    expect(r.rows.find((row) => row.title.endsWith('Hòa An'))?.text2).toContain('Giồng Riềng');
    expect(titles(r, 'article')).toEqual(['Giồng Riềng có thêm 5 hợp tác xã kiểu mới']);
  });

  it('finds đ for d, and an NFD query like an NFC one', async () => {
    expect(titles(await search('dong tam'), 'organization')).toEqual(['Hợp tác xã Đồng Tâm']);
    const nfd = await search('Đồng Tâm'.normalize('NFD'));
    expect(nfd.query).toBe('Đồng Tâm'.normalize('NFC'));
    expect(titles(nfd, 'organization')[0]).toBe('Hợp tác xã Đồng Tâm');
  });

  it('tolerates short typing slips, and says the results are near matches', async () => {
    const slip = await search('Giong Reng');
    expect(slip.fuzzy).toBe(true);
    expect(titles(slip, 'organization')).toContain('Hợp tác xã Nông nghiệp Giồng Riềng');
    expect((await search('Giong Rieng')).fuzzy).toBe(false);
    expect(titles(await search('Ngoc Chuk'), 'organization')).toContain('Tổ hợp tác sản xuất lúa Ngọc Chúc');
    expect(titles(await search('tin dung nhan dan Thanh Hung'), 'organization')).toEqual(['Quỹ tín dụng nhân dân Thạnh Hưng']);
  });

  it('matches all words of a query wherever they are', async () => {
    expect(titles(await search('Thạnh Hưng quỹ'), 'organization')).toEqual(['Quỹ tín dụng nhân dân Thạnh Hưng']);
  });

  it('ranks exact-accent matches first when the query has accents', async () => {
    expect(titles(await search('Đông Tiến'), 'organization').slice(0, 2)).toEqual(['Hợp tác xã Đông Tiến', 'Hợp tác xã Đồng Tiến']);
    expect(titles(await search('Đồng Tiến'), 'organization').slice(0, 2)).toEqual(['Hợp tác xã Đồng Tiến', 'Hợp tác xã Đông Tiến']);
    expect(titles(await search('dong tien'), 'organization').sort()).toEqual(['Hợp tác xã Đông Tiến', 'Hợp tác xã Đồng Tiến']);
  });

  it('finds legal documents by number and by words of the abstract', async () => {
    expect(titles(await search('20-NQ/TW'), 'document')).toEqual(['20-NQ/TW']);
    const r = await search('kinh te tap the giai doan moi');
    expect(r.rows.find((row) => row.type === 'document')?.meta1).toBe('RESOLUTION');
  });

  it('finds English pages by English words', async () => {
    const r = await search('cooperative alliance');
    expect(r.rows.filter((row) => row.type === 'page').map((row) => [row.slug, row.meta1])).toEqual([['about', 'en']]);
  });
});

describe('what the public never finds', () => {
  it('leaves out drafts, scheduled and unpublished content and deleted organizations', async () => {
    const r = await search('hop tac xa Giong Rieng');
    const all = r.rows.map((row) => row.title).join(' | ');
    expect(all).not.toMatch(/Bản nháp|Hẹn giờ|Đã Xóa|chưa công bố|Trang nháp/);
    expect((await search('da xoa')).counts.organization).toBe(0);
    expect((await search('chua cong bo')).counts.document).toBe(0);
  });
});

describe('one type, paginated', () => {
  it('pages through the articles of a query', async () => {
    const first = await search('ban tin hop tac xa', 'article', 1);
    expect(first.counts.article).toBe(12);
    expect(first.pageCount).toBe(2);
    expect(first.rows).toHaveLength(10);
    const second = await search('ban tin hop tac xa', 'article', 2);
    expect(second.rows).toHaveLength(2);
    const slugs = new Set([...first.rows, ...second.rows].map((r) => r.slug));
    expect(slugs.size).toBe(12);
    expect((await search('ban tin hop tac xa', 'article', 9)).rows).toEqual([]);
  });

  it('orders equal matches newest first', async () => {
    const r = await search('Bản tin hợp tác xã', 'article');
    expect(r.rows[0].title).toBe('Bản tin hợp tác xã số 12');
  });
});

describe('queries that find nothing or are not queries', () => {
  it('says so for empty, one-letter and wildcard-only queries', async () => {
    expect((await searchSite('   ')).state).toBe('empty');
    expect((await searchSite('a')).state).toBe('too-short');
    expect((await searchSite('%%')).state).toBe('too-short');
    expect((await searchSite('__')).state).toBe('too-short');
  });

  it('treats LIKE wildcards and quotes as text', async () => {
    expect((await search("x% OR 1=1 --")).total).toBe(0);
    expect((await search('zzqxv')).total).toBe(0);
  });

  it('cuts very long queries instead of failing', async () => {
    const r = await searchSite('hợp tác xã '.repeat(500));
    expect(r.state).toBe('results');
    expect(r.query.length).toBeLessThanOrEqual(100);
  });
});

describe('indexes', () => {
  // Enough published articles that their status index stops being the cheapest way in; the filler
  // never matches the queries above.
  beforeAll(async () => {
    const { id } = await createCategory(prisma, { name: 'Thông báo' });
    await prisma.$executeRaw`
      INSERT INTO "Article" (slug, title, summary, body, "categoryId", status, "publishedAt", "updatedAt")
      SELECT 'thong-bao-' || g, 'Thông báo lịch tiếp công dân số ' || g, 'Lịch tiếp công dân định kỳ.', '<p>Lịch.</p>', ${id}, 'PUBLISHED', now() - g * interval '1 hour', now()
        FROM generate_series(1, 3000) g`;
    await prisma.$executeRaw`ANALYZE "Article"`;
  });

  // Tiny tables make sequential scans cheapest; forbidding them shows which index each query can use.
  async function plan(sql: Prisma.Sql): Promise<string> {
    const [, rows] = await prisma.$transaction([
      prisma.$executeRaw`SET LOCAL enable_seqscan = off`,
      prisma.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN ${sql}`),
    ]);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }

  it('answers the counts and each type from its trigram index', async () => {
    const q = prepareQuery('hop tac xa Giong Rieng')!;
    const counts = await plan(countsSql(q));
    for (const index of ['Article_search_trgm_idx', 'LegalDocument_search_trgm_idx', 'Organization_search_trgm_idx', 'Page_search_trgm_idx']) {
      expect(counts).toContain(index);
    }
    expect(await plan(resultsSql('organization', q, 10))).toContain('Organization_search_trgm_idx');
    expect(await plan(resultsSql('article', prepareQuery('Giồng Riềng')!, 10))).toContain('Article_search_trgm_idx');
  });
});

describe('queries that match more than MATCH_CAP rows', () => {
  beforeAll(async () => {
    await prisma.$executeRaw`
      INSERT INTO "Organization" (slug, kind, name, sector, "sectorGroup", "unitId", "updatedAt")
      SELECT 'to-hop-tac-trong-lua-my-loi-so-' || lpad(g::text, 4, '0'), 'GROUP', 'Tổ hợp tác trồng lúa Mỹ Lợi số ' || g,
             'CROP_LIVESTOCK', 'AGRICULTURE', ${communeId}, now()
        FROM generate_series(1, ${MATCH_CAP + 50}::int) g`;
    await prisma.$executeRaw`ANALYZE "Organization"`;
  });

  it('counts up to the cap and lists in name order, a page at a time', async () => {
    const r = await search('trong lua My Loi');
    expect(r.counts.organization).toBe(MATCH_CAP);
    expect(r.capped).toEqual(['organization']);
    expect(r.rows.map((row) => row.slug)).toEqual([1, 2, 3, 4, 5].map((n) => `to-hop-tac-trong-lua-my-loi-so-${String(n).padStart(4, '0')}`));
    const last = await search('trong lua My Loi', 'organization', MATCH_CAP / 10);
    expect(last.pageCount).toBe(MATCH_CAP / 10);
    expect(last.rows.map((row) => row.slug)[9]).toBe(`to-hop-tac-trong-lua-my-loi-so-${String(MATCH_CAP).padStart(4, '0')}`);
    expect((await search('trong lua My Loi', 'organization', MATCH_CAP / 10 + 1)).rows).toEqual([]);
  });

  it('does the same in the directory', async () => {
    const page = await getDirectoryPage({ q: prepareQuery('lua my loi')! }, 2);
    expect(page.capped).toBe(true);
    expect(page.total).toBe(MATCH_CAP);
    expect(page.items[0].slug).toBe('to-hop-tac-trong-lua-my-loi-so-0021');
  });
});
