/** Categories, articles, static pages, feedback and a few page-view counters. */
import { newFeedbackCode } from '@/lib/feedback/code';
import { slugify } from '@/lib/format/slug';
import type { FeedbackStatus } from '@/lib/generated/prisma/enums';

import { ARTICLES, CATEGORIES } from './articles';
import type { SeedClient } from './client';
import { addDays, SEED_TODAY } from './dates';
import type { Rng } from './random';

export const PAGES = [
  {
    slug: 'gioi-thieu',
    title: 'Giới thiệu Liên minh Hợp tác xã tỉnh',
    menuOrder: 1,
    body: [
      '<p>Liên minh Hợp tác xã tỉnh là tổ chức kinh tế - xã hội, đại diện và hỗ trợ các hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác và thành viên trên địa bàn tỉnh; là thành viên của Liên minh Hợp tác xã Việt Nam. Từ ngày 01/7/2025, Liên minh tiếp tục hoạt động trên địa bàn tỉnh An Giang sau khi hợp nhất với tỉnh Kiên Giang.</p>',
      '<h2>Chức năng</h2>',
      '<ul><li>Đại diện, bảo vệ quyền và lợi ích hợp pháp của thành viên.</li><li>Tuyên truyền, vận động phát triển kinh tế tập thể, hợp tác xã.</li><li>Tư vấn, hỗ trợ, cung cấp dịch vụ cho thành viên và hợp tác xã.</li><li>Tham mưu cho Tỉnh ủy, UBND tỉnh về chủ trương, chính sách phát triển kinh tế tập thể.</li></ul>',
      '<h2>Nhiệm vụ</h2>',
      '<ul><li>Tuyên truyền Nghị quyết số 20-NQ/TW ngày 16/6/2022 và Luật Hợp tác xã năm 2023; vận động thành lập mới tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã.</li><li>Tư vấn thành lập, tổ chức lại, giải thể hợp tác xã; hỗ trợ xây dựng điều lệ, phương án sản xuất kinh doanh.</li><li>Đào tạo, bồi dưỡng cán bộ quản lý hợp tác xã, quỹ tín dụng nhân dân.</li><li>Hỗ trợ tiếp cận vốn (Quỹ hỗ trợ phát triển hợp tác xã, Quỹ quốc gia về việc làm), xúc tiến thương mại, hội chợ, OCOP, truy xuất nguồn gốc, chuyển đổi số.</li><li>Tổ chức phong trào thi đua trong các Khối thi đua hợp tác xã; đề nghị khen thưởng.</li><li>Theo dõi, tổng hợp tình hình phát triển kinh tế tập thể, báo cáo sơ kết 6 tháng và tổng kết năm.</li></ul>',
      '<h2>Đơn vị trực thuộc</h2>',
      '<p>Trung tâm Tư vấn Phát triển HTX - DN vừa và nhỏ; Quỹ hỗ trợ phát triển hợp tác xã.</p>',
    ].join('\n'),
  },
  {
    slug: 'trung-tam-tu-van',
    title: 'Giới thiệu Trung tâm Tư vấn Phát triển HTX - DN vừa và nhỏ',
    menuOrder: 2,
    body: '<p>Trung tâm Tư vấn Phát triển HTX - DN vừa và nhỏ là đơn vị sự nghiệp trực thuộc Liên minh Hợp tác xã tỉnh, tư vấn thành lập, đăng ký, xây dựng điều lệ và phương án sản xuất kinh doanh; tổ chức đào tạo, bồi dưỡng và hỗ trợ xúc tiến thương mại cho hợp tác xã, tổ hợp tác.</p>',
  },
  {
    slug: 'lien-he',
    title: 'Liên hệ',
    menuOrder: 9,
    body: '<p><strong>Liên minh Hợp tác xã tỉnh</strong></p><p>Địa chỉ: phường Rạch Giá, tỉnh An Giang (địa chỉ minh họa cho bản trình diễn).</p><p>Điện thoại: 0297 3xxx xxx (dữ liệu minh họa)</p><p>Thư điện tử: lienminhhtx@example.vn</p><p>Ý kiến, kiến nghị của hợp tác xã, thành viên và người dân xin gửi qua trang <a href="/y-kien">Ý kiến</a>.</p>',
  },
] as const;

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
  await db.page.createMany({ data: PAGES.map((p) => ({ slug: p.slug, title: p.title, body: p.body, menuOrder: p.menuOrder, published: true })) });

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
