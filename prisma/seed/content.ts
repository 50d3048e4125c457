/** Static pages, feedback and a few page-view counters (the news is seeded by news.ts). */
import { newFeedbackCode } from '@/lib/feedback/code';
import type { FeedbackStatus } from '@/lib/generated/prisma/enums';

import type { SeedClient } from './client';
import { addDays, SEED_TODAY } from './dates';
import { PAGES } from './pages';
import type { Rng } from './random';

export async function seedContent(db: SeedClient, rng: Rng, users: { editorId: number; adminId: number; staffId: number }): Promise<Record<string, number>> {
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
  return { pages: PAGES.length, feedback: feedback.length, pageViews: views.length };
}
