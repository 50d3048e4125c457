/** Categories, articles, static pages, feedback and a few page-view counters. */
import { newFeedbackCode } from '@/lib/feedback/code';
import { slugify } from '@/lib/format/slug';
import type { FeedbackStatus } from '@/lib/generated/prisma/enums';

import { ARTICLES, CATEGORIES } from './articles';
import type { SeedClient } from './client';
import { addDays, SEED_TODAY } from './dates';
import { PAGES } from './pages';
import type { Rng } from './random';

const paragraphsToHtml = (paragraphs: string[]) => paragraphs.map((p) => `<p>${p}</p>`).join('\n');

export async function seedContent(db: SeedClient, rng: Rng, users: { editorId: number; adminId: number; staffId: number }): Promise<Record<string, number>> {
  const categoryIds = new Map<string, number>();
  for (const [i, c] of CATEGORIES.entries()) {
    const created = await db.category.create({ data: { slug: c.slug, name: c.name, description: c.description, ordinal: i + 1 } });
    categoryIds.set(c.slug, created.id);
  }
  const slugs = new Set<string>();
  for (const a of ARTICLES) {
    let slug = slugify(a.title);
    if (slugs.has(slug)) slug = `${slug}-${a.date.getUTCFullYear()}`;
    slugs.add(slug);
    const status = a.status ?? 'PUBLISHED';
    const body = paragraphsToHtml(a.paragraphs);
    await db.article.create({
      data: {
        slug,
        title: a.title,
        summary: a.summary,
        body,
        categoryId: categoryIds.get(a.category)!,
        status,
        featured: a.featured ?? false,
        authorId: users.editorId,
        publishedAt: status === 'PUBLISHED' ? a.date : null,
        createdAt: addDays(a.date, -1),
        revisions: { create: { title: a.title, summary: a.summary, body, note: 'Bản đầu tiên', editorId: users.editorId, createdAt: addDays(a.date, -1) } },
      },
    });
  }
  for (const p of PAGES) {
    const page = await db.page.create({
      data: { slug: p.slug, locale: p.locale, translationKey: p.translationKey, title: p.title, summary: p.summary, body: p.body, menuOrder: p.menuOrder, published: true },
    });
    if (p.aliases?.length) await db.slugAlias.createMany({ data: p.aliases.map((slug) => ({ entity: 'PAGE' as const, slug, entityId: page.id })) });
  }

  const feedback: { name: string; email: string | null; phone: string | null; subject: string; message: string; status: FeedbackStatus; reply: string | null; days: number }[] = [
    { name: 'Nguyễn Văn Lợi', email: null, phone: '0918234567', subject: 'Hỏi thủ tục chuyển tổ hợp tác thành hợp tác xã', message: 'Tổ hợp tác sản xuất lúa của chúng tôi có 12 tổ viên, muốn chuyển thành hợp tác xã thì cần những thủ tục gì? Xin cảm ơn.', status: 'ANSWERED', reply: 'Theo Luật Hợp tác xã năm 2023, hợp tác xã cần ít nhất 05 thành viên chính thức. Tổ hợp tác cần tổ chức hội nghị thành lập, thông qua điều lệ và nộp hồ sơ đăng ký tại cơ quan đăng ký kinh doanh. Trung tâm Tư vấn của Liên minh sẵn sàng hỗ trợ miễn phí.', days: 40 },
    { name: 'Trần Thị Mỹ', email: 'tranthimy@example.vn', phone: null, subject: 'Vay vốn Quỹ hỗ trợ phát triển hợp tác xã', message: 'Hợp tác xã chúng tôi muốn vay vốn để xây nhà kho, lãi suất và điều kiện vay như thế nào?', status: 'IN_PROGRESS', reply: null, days: 9 },
    { name: 'Danh Sol', email: null, phone: '0387654321', subject: 'Đề nghị mở lớp tập huấn kế toán hợp tác xã', message: 'Đề nghị Liên minh mở thêm lớp tập huấn kế toán cho các hợp tác xã mới thành lập ở xã U Minh Thượng.', status: 'NEW', reply: null, days: 3 },
    { name: 'Lê Hoàng Phúc', email: 'lhphuc@example.vn', phone: null, subject: 'Cập nhật địa chỉ hợp tác xã sau sắp xếp xã', message: 'Địa chỉ hợp tác xã trên cổng thông tin vẫn ghi huyện cũ, đề nghị cập nhật theo xã mới.', status: 'CLOSED', reply: 'Liên minh đã cập nhật địa chỉ theo đơn vị hành chính mới. Cảm ơn ông đã phản ánh.', days: 120 },
    { name: 'khuyen mai', email: 'spam@example.com', phone: null, subject: 'Quảng cáo', message: 'Nhận làm website giá rẻ...', status: 'SPAM', reply: null, days: 15 },
  ];
  for (const f of feedback) {
    const createdAt = addDays(SEED_TODAY, -f.days);
    await db.feedback.create({
      data: {
        code: newFeedbackCode((n) => rng.int(0, n - 1)),
        name: f.name, email: f.email, phone: f.phone, subject: f.subject, message: f.message, status: f.status, createdAt,
        reply: f.reply, replyPublished: f.reply !== null, repliedAt: f.reply ? addDays(createdAt, 2) : null, repliedById: f.reply ? users.staffId : null,
      },
    });
  }

  const paths = ['/', '/tin-tuc', '/van-ban', '/hop-tac-xa', '/so-lieu', '/gioi-thieu'];
  const views: { path: string; day: Date; views: number }[] = [];
  for (let d = 14; d >= 1; d--) {
    const day = addDays(SEED_TODAY, -d);
    paths.forEach((path, i) => views.push({ path, day, views: Math.round((i === 0 ? 420 : 160 / i) * rng.float(0.7, 1.3)) }));
  }
  await db.pageView.createMany({ data: views });
  return { categories: CATEGORIES.length, articles: ARTICLES.length, pages: PAGES.length, feedback: feedback.length, pageViews: views.length };
}
