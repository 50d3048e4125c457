/**
 * The demo news feed: categories and ~180 articles over 2023–2026. The hand-written items of
 * articles.ts come first; the rest is written from the seeded province's own facts
 * (news-stories.ts, news-policy.ts). Pictures are drawn as SVG in code (illustrations.ts) and
 * stored like any upload (storeMedia), so covers and inline figures are served from /media.
 *
 * Runs after organizations, activities and documents are seeded; before the visit statistics,
 * which set article view counts.
 */
import { slugify } from '@/lib/format/slug';
import { mediaUrl, storeMedia } from '@/lib/media/store';

import { ARTICLES, type ArticleSeed, CATEGORIES } from './articles';
import type { SeedClient } from './client';
import { addDays, REFORM_DATE } from './dates';
import * as art from './illustrations';
import { loadFacts, type Facts } from './news-facts';
import { policyAndNotices } from './news-policy';
import { generatedStories } from './news-stories';
import { type Block, byline, type Figure, type NewsItem, p } from './news-text';
import type { Rng } from './random';

const MAX_SLUG = 120;

/** The slug of a title: without diacritics, cut at a word boundary so URLs stay readable. */
export function articleSlug(title: string): string {
  const full = slugify(title);
  if (full.length <= MAX_SLUG) return full;
  const cut = full.slice(0, MAX_SLUG);
  return cut.slice(0, cut.lastIndexOf('-') > 60 ? cut.lastIndexOf('-') : MAX_SLUG).replace(/-+$/, '');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type StoredImage = { id: number; src: string; width: number; height: number };

/** Pictures that go with some of the hand-written items (the conference photos of seed 000 are drawn). */
function handwrittenPictures(a: ArticleSeed): { cover?: Figure; inline?: { after: number; figure: Figure }[] } {
  const y = a.date.getUTCFullYear();
  switch (a.title) {
    case 'Liên minh HTX tỉnh tổ chức sơ kết 6 tháng đầu năm 2023':
      return {
        cover: { art: () => art.hallScene('Hội nghị Ban Chấp hành sơ kết 6 tháng đầu năm 2023', 'Toàn cảnh hội nghị sơ kết 6 tháng đầu năm 2023', 'Liên minh HTX tỉnh, ngày 14/7/2023', 0), alt: 'Minh họa toàn cảnh hội nghị: phông nền đỏ, bàn chủ tọa và các hàng ghế đại biểu', caption: 'Toàn cảnh đại biểu dự hội nghị sơ kết (ảnh minh họa).' },
        inline: [
          { after: 1, figure: { art: () => art.hallScene('Báo cáo sơ kết 6 tháng đầu năm 2023', 'Thông qua báo cáo tại hội nghị', 'Phó Chủ tịch Liên minh HTX tỉnh Phạm Thành Trăm', 1), alt: 'Minh họa phát biểu tại hội nghị sơ kết', caption: 'Phó Chủ tịch Liên minh HTX tỉnh Phạm Thành Trăm thông qua báo cáo tại hội nghị (ảnh minh họa).' } },
          {
            after: 4,
            figure: {
              art: () => art.barChart('Kết quả 6 tháng đầu năm 2023 so với kế hoạch năm (%)', '% kế hoạch', [
                { label: 'THT mới', value: 74 }, { label: 'HTX mới', value: 90 }, { label: 'Tập huấn', value: 110 }, { label: 'Vận động', value: 50 },
              ], 2),
              alt: 'Biểu đồ cột: thành lập mới tổ hợp tác đạt 74%, hợp tác xã 90%, lớp tập huấn 110%, cuộc vận động 50% kế hoạch',
              caption: 'Kết quả 6 tháng đầu năm 2023 so với kế hoạch năm: 37/50 THT, 9/10 HTX, 11/10 lớp tập huấn, 5/10 cuộc vận động.',
            },
          },
          { after: 5, figure: { art: () => art.flagScene('Cờ thi đua cho các tập thể dẫn đầu Khối thi đua HTX', 'Quyết định số 1452/QĐ-UBND', 0), alt: 'Minh họa lá cờ thi đua màu đỏ có ngôi sao vàng', caption: 'UBND tỉnh tặng 09 Cờ thi đua cho các tập thể dẫn đầu Khối thi đua HTX (ảnh minh họa).' } },
        ],
      };
    case 'Luật Hợp tác xã năm 2023: những điểm mới cần biết':
      return { cover: { art: () => art.documentScene('17/2023/QH15', 'Luật Hợp tác xã', 'Luật Hợp tác xã năm 2023', 'Quốc hội thông qua ngày 20/6/2023', 1), alt: 'Minh họa văn bản Luật Hợp tác xã số 17/2023/QH15', caption: 'Luật Hợp tác xã số 17/2023/QH15 (ảnh minh họa).' } };
    case 'Thông báo về việc sắp xếp đơn vị hành chính từ ngày 01/7/2025':
      return { cover: { art: () => art.mapScene('Sắp xếp đơn vị hành chính từ ngày 01/7/2025', 'Tỉnh Kiên Giang hợp nhất vào tỉnh An Giang', null, Object.fromEntries([['rach-gia', 'Rạch Giá'], ['phu-quoc', 'Phú Quốc'], ['ha-tien', 'Hà Tiên'], ['giong-rieng', 'Giồng Riềng'], ['an-minh', 'An Minh']])), alt: 'Bản đồ minh họa các huyện, thành phố của tỉnh Kiên Giang cũ', caption: 'Địa bàn tỉnh Kiên Giang trước ngày 01/7/2025 (bản đồ minh họa).' } };
    case 'Mật ong rừng U Minh Thượng: sản phẩm OCOP của hợp tác xã':
      return { cover: { art: () => art.productScene('Mật ong rừng U Minh Thượng', 'Hợp tác xã nuôi ong mật xã U Minh Thượng', 3, 4), alt: 'Minh họa chai mật ong rừng với nhãn OCOP', caption: 'Mật ong rừng tràm U Minh Thượng (ảnh minh họa).' } };
    case 'Khóm Tắc Cậu: hợp tác xã liên kết đưa trái khóm vươn xa':
      return { cover: { art: () => art.fieldScene('Vùng khóm Tắc Cậu', 'Xã Châu Thành, xã Bình An', 3), alt: 'Minh họa cánh đồng khóm và nhà vườn', caption: 'Vùng trồng khóm của các hợp tác xã (ảnh minh họa).' } };
    case 'Ra mắt Liên hiệp Hợp tác xã Lúa gạo Tân Hiệp':
      return { cover: { art: () => art.hallScene('Lễ ra mắt Liên hiệp Hợp tác xã Lúa gạo Tân Hiệp', 'Ra mắt Liên hiệp HTX Lúa gạo Tân Hiệp', 'Huyện Tân Hiệp, tháng 10/2024', 2), alt: 'Minh họa lễ ra mắt liên hiệp hợp tác xã', caption: 'Lễ ra mắt Liên hiệp Hợp tác xã Lúa gạo Tân Hiệp (ảnh minh họa).' } };
    case 'Hợp tác xã tham gia Hội chợ Thương mại – Du lịch An Giang năm 2026':
      return { cover: { art: () => art.fairScene('Hội chợ Thương mại – Du lịch An Giang năm 2026', 'Gian hàng hợp tác xã tại Hội chợ', 'Rạch Giá, tháng 8/2026', 1), alt: 'Minh họa dãy gian hàng hội chợ với cổng chào màu đỏ', caption: 'Khu gian hàng của các hợp tác xã tại hội chợ (ảnh minh họa).' } };
    case 'Liên minh HTX tỉnh chuẩn bị tổng kết công tác năm 2026':
      return { cover: { art: () => art.hallScene('Tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027', 'Chuẩn bị tổng kết công tác năm 2026', 'Liên minh Hợp tác xã tỉnh An Giang', 3), alt: 'Minh họa hội trường với phông nền hội nghị tổng kết', caption: 'Hội trường Liên minh HTX tỉnh chuẩn bị cho hội nghị tổng kết năm (ảnh minh họa).' } };
    case 'Mô hình HTX kiểu mới gắn với chuỗi liên kết lúa gạo ở Hòn Đất':
      return { cover: { art: () => art.fieldScene('Cánh đồng lớn của hợp tác xã kiểu mới', 'Huyện Hòn Đất', 0), alt: 'Minh họa cánh đồng lúa rộng và kênh nước', caption: 'Cánh đồng lúa liên kết của hợp tác xã ở Hòn Đất (ảnh minh họa).' } };
    default:
      if (/^Sơ kết 6 tháng|sơ kết 6 tháng đầu năm 202[4-6]|Tổng kết năm/.test(a.title)) {
        return { cover: { art: () => art.hallScene(a.title, a.title, `Năm ${y}`, y), alt: 'Minh họa hội nghị của Liên minh Hợp tác xã tỉnh', caption: 'Quang cảnh hội nghị (ảnh minh họa).' } };
      }
      return {};
  }
}

function fromHandwritten(a: ArticleSeed, rng: Rng): NewsItem {
  const pictures = handwrittenPictures(a);
  const blocks: Block[] = [];
  a.paragraphs.forEach((text, i) => {
    blocks.push(p(text));
    for (const f of pictures.inline ?? []) if (f.after === i) blocks.push({ kind: 'figure', figure: f.figure });
  });
  const style = a.category === 'thong-bao' ? 'office' : a.category === 'mo-hinh-dien-hinh' ? 'feature' : 'news';
  return {
    date: a.date,
    category: a.category,
    title: a.title,
    summary: a.summary,
    blocks,
    sourceLine: a.sourceLine ?? byline(rng, a.date, style),
    featured: a.featured,
    status: a.status,
    cover: pictures.cover,
    formerTitle: a.formerTitle,
  };
}

/** Organizations whose full name a text mentions (names end at a word boundary). */
function namedOrganizations(facts: Facts, text: string): number[] {
  const ids: number[] = [];
  for (const o of facts.orgs.values()) {
    const at = text.indexOf(o.name);
    if (at < 0) continue;
    const next = text.charAt(at + o.name.length);
    if (!next || !/[\p{L}\p{N}]/u.test(next)) ids.push(o.id);
  }
  return ids;
}

function plainText(blocks: Block[]): string {
  return blocks
    .map((b) => (b.kind === 'p' || b.kind === 'h2' || b.kind === 'quote' ? b.text : b.kind === 'ul' ? b.items.join(' ') : b.kind === 'table' ? b.rows.flat().join(' ') : ''))
    .join(' ');
}

export async function seedNews(db: SeedClient, rng: Rng, users: { editorId: number }): Promise<Record<string, number>> {
  await db.category.createMany({ data: CATEGORIES.map((c, i) => ({ slug: c.slug, name: c.name, description: c.description, ordinal: i + 1 })) });
  const categoryIds = new Map((await db.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));

  const facts = await loadFacts(db);
  const handRng = rng.fork('handwritten');
  const hand = ARTICLES.map((a) => {
    const item = fromHandwritten(a, handRng);
    return { ...item, orgIds: namedOrganizations(facts, `${item.title} ${item.summary} ${plainText(item.blocks)}`) };
  });
  const items = [...hand, ...generatedStories(facts, rng.fork('stories')), ...policyAndNotices(facts, rng.fork('policy'))].sort(
    (a, b) => a.date.getTime() - b.date.getTime() || a.title.localeCompare(b.title, 'vi'),
  );

  // Slugs: unique, stable for a given title; a repeated title gets its year, then a number.
  const slugs = new Set<string>();
  const slugOf = new Map<NewsItem, string>();
  for (const item of items) {
    const base = articleSlug(item.title);
    let slug = base;
    if (slugs.has(slug)) slug = `${base}-${item.date.getUTCFullYear()}`;
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
    slugOf.set(item, slug);
  }

  // Pictures: drawn, stored content-addressed (the same drawing is stored once).
  let mediaCount = 0;
  const store = async (f: Figure, name: string): Promise<StoredImage> => {
    const drawing = f.art();
    const media = await storeMedia(db, {
      bytes: new TextEncoder().encode(drawing.svg),
      fileName: `${name}.svg`,
      mimeType: 'image/svg+xml',
      altText: f.alt,
      caption: f.caption,
      width: drawing.width,
      height: drawing.height,
      uploadedById: users.editorId,
    });
    mediaCount++;
    return { id: media.id, src: mediaUrl(media.storageKey), width: drawing.width, height: drawing.height };
  };

  const rows: {
    item: NewsItem; slug: string; body: string; coverMediaId: number | null;
  }[] = [];
  for (const item of items) {
    const slug = slugOf.get(item)!;
    const html: string[] = [];
    let figureNo = 0;
    for (const b of item.blocks) {
      switch (b.kind) {
        case 'p':
          html.push(`<p>${escapeHtml(b.text)}</p>`);
          break;
        case 'h2':
          html.push(`<h2>${escapeHtml(b.text)}</h2>`);
          break;
        case 'quote':
          html.push(`<blockquote><p>${escapeHtml(b.text)}</p></blockquote>`);
          break;
        case 'ul':
          html.push(`<ul>${b.items.map((li) => `<li>${escapeHtml(li)}</li>`).join('')}</ul>`);
          break;
        case 'table':
          html.push(
            `<table><caption>${escapeHtml(b.caption)}</caption><thead><tr>${b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>` +
              `<tbody>${b.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`).join('')}</tbody></table>`,
          );
          break;
        case 'figure': {
          const img = await store(b.figure, `${slug}-hinh-${++figureNo}`);
          html.push(
            `<figure><img src="${img.src}" alt="${escapeHtml(b.figure.alt)}" width="${img.width}" height="${img.height}"><figcaption>${escapeHtml(b.figure.caption)}</figcaption></figure>`,
          );
          break;
        }
      }
    }
    const cover = item.cover ? await store(item.cover, `${slug}-anh-bia`) : null;
    rows.push({ item, slug, body: html.join('\n'), coverMediaId: cover?.id ?? null });
  }

  await db.article.createMany({
    data: rows.map(({ item, slug, body, coverMediaId }) => {
      const status = item.status ?? 'PUBLISHED';
      return {
        slug,
        title: item.title,
        summary: item.summary,
        body,
        categoryId: categoryIds.get(item.category)!,
        status,
        featured: item.featured ?? false,
        coverMediaId,
        coverCaption: item.cover?.caption ?? null,
        sourceLine: item.sourceLine,
        authorId: users.editorId,
        publishedAt: status === 'PUBLISHED' ? item.date : null,
        createdAt: addDays(item.date, -1),
        updatedAt: item.date,
      };
    }),
  });
  const idOf = new Map((await db.article.findMany({ select: { id: true, slug: true } })).map((a) => [a.slug, a.id]));

  await db.articleRevision.createMany({
    data: rows.map(({ item, slug, body }) => ({
      articleId: idOf.get(slug)!,
      title: item.formerTitle ?? item.title,
      summary: item.summary,
      body,
      note: 'Bản đầu tiên',
      editorId: users.editorId,
      createdAt: addDays(item.date, -1),
    })),
  });
  // The corrected titles: the revision that fixed them, and the former slug as an alias.
  const corrected = rows.filter((r) => r.item.formerTitle);
  if (corrected.length) {
    await db.articleRevision.createMany({
      data: corrected.map(({ item, slug, body }) => ({ articleId: idOf.get(slug)!, title: item.title, summary: item.summary, body, note: 'Sửa số hiệu văn bản trong tiêu đề', editorId: users.editorId, createdAt: addDays(item.date, 1) })),
    });
    await db.slugAlias.createMany({
      data: corrected.map(({ item, slug }) => ({ entity: 'ARTICLE' as const, slug: articleSlug(item.formerTitle!), entityId: idOf.get(slug)! })),
    });
  }

  const links = rows.flatMap(({ item, slug }) => [...new Set(item.orgIds ?? [])].map((organizationId) => ({ articleId: idOf.get(slug)!, organizationId })));
  await db.articleOrganization.createMany({ data: links });

  const published = rows.filter((r) => (r.item.status ?? 'PUBLISHED') === 'PUBLISHED');
  return {
    categories: CATEGORIES.length,
    articles: rows.length,
    articlesPublished: published.length,
    articlesBeforeReform: published.filter((r) => r.item.date < REFORM_DATE).length,
    articlesWithCover: rows.filter((r) => r.coverMediaId !== null).length,
    articleImages: mediaCount,
    articleOrganizations: links.length,
  };
}
