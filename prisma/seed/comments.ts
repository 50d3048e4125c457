/**
 * Readers' comments on a few articles (issue 9): the three newest published articles take
 * comments; the newest has two published comments and one waiting for the editors, the second one
 * published comment, the third none yet (the page shows its empty state and the form).
 */
import type { CommentState } from '@/lib/generated/prisma/enums';

import type { SeedClient } from './client';
import { SEED_TODAY } from './dates';

type DemoComment = { article: number; name: string; contact: string | null; body: string; state: CommentState; hoursAfter: number };

const COMMENTS: DemoComment[] = [
  {
    article: 0,
    name: 'Nguyễn Văn Hùng',
    contact: '0913456789',
    body: 'Bài viết rất thiết thực. Mong Liên minh tiếp tục đưa tin về các mô hình hợp tác xã làm ăn hiệu quả để bà con học hỏi.',
    state: 'PUBLISHED',
    hoursAfter: 5,
  },
  {
    article: 0,
    name: 'Lâm Thị Ngọc Hân',
    contact: null,
    body: 'Hợp tác xã của chúng tôi ở xã Giồng Riềng cũng muốn tham gia.\nXin hỏi liên hệ với phòng nào của Liên minh ạ?',
    state: 'PUBLISHED',
    hoursAfter: 20,
  },
  {
    article: 0,
    name: 'Trần Minh Tâm',
    contact: 'tmtam@example.vn',
    body: 'Đề nghị đăng thêm danh sách các hợp tác xã tham gia và số điện thoại liên hệ của từng đơn vị.',
    state: 'PENDING',
    hoursAfter: 30,
  },
  {
    article: 1,
    name: 'Danh Thị Sa Rết',
    contact: '0387123456',
    body: 'Cảm ơn Liên minh đã quan tâm hỗ trợ, thành viên hợp tác xã rất phấn khởi.',
    state: 'PUBLISHED',
    hoursAfter: 8,
  },
];

export async function seedComments(db: SeedClient, users: { editorId: number }): Promise<Record<string, number>> {
  const articles = await db.article.findMany({
    where: { status: 'PUBLISHED', draftOfId: null, publishedAt: { lte: SEED_TODAY } },
    select: { id: true, publishedAt: true },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: 3,
  });
  await db.article.updateMany({ where: { id: { in: articles.map((a) => a.id) } }, data: { commentsEnabled: true } });
  const rows = COMMENTS.filter((c) => articles[c.article]).map((c) => {
    const createdAt = new Date(articles[c.article].publishedAt!.getTime() + c.hoursAfter * 3_600_000);
    const moderated = c.state !== 'PENDING';
    return {
      articleId: articles[c.article].id,
      name: c.name,
      contact: c.contact,
      body: c.body,
      state: c.state,
      createdAt,
      moderatedAt: moderated ? new Date(createdAt.getTime() + 2 * 3_600_000) : null,
      moderatedById: moderated ? users.editorId : null,
    };
  });
  await db.articleComment.createMany({ data: rows });
  return { articlesWithComments: articles.length, articleComments: rows.length };
}
