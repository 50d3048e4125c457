import type { Permission } from '@/lib/auth/permissions';

/** A count shown beside an item: what waits for the people who see it. */
export type NavCount = 'pendingComments';

export type WorkspaceNavItem = { href: string; label: string; permission: Permission; count?: NavCount };

/** The workspace menu; each item shows only to roles that hold its permission. */
export const workspaceNav: readonly WorkspaceNavItem[] = [
  { href: '/quan-tri', label: 'Tổng quan', permission: 'workspace.view' },
  { href: '/quan-tri/to-chuc', label: 'Tổ chức KTTT', permission: 'organization.read' },
  { href: '/quan-tri/nhap-du-lieu', label: 'Nhập từ bảng tính', permission: 'import.run' },
  { href: '/quan-tri/to-chuc-cua-toi', label: 'Tổ chức của tôi', permission: 'organization.own' },
  { href: '/quan-tri/bao-cao', label: 'Báo cáo định kỳ', permission: 'report.monitor' },
  { href: '/quan-tri/ky-bao-cao', label: 'Kỳ báo cáo', permission: 'period.manage' },
  { href: '/quan-tri/xep-loai', label: 'Xếp loại HTX', permission: 'rating.assess' },
  { href: '/quan-tri/xep-loai/bo-tieu-chi', label: 'Bộ tiêu chí xếp loại', permission: 'rating.manage' },
  { href: '/quan-tri/ke-hoach', label: 'Kế hoạch', permission: 'stats.view' },
  { href: '/quan-tri/ho-tro', label: 'Hỗ trợ', permission: 'support.read' },
  { href: '/quan-tri/vay-von', label: 'Vay vốn', permission: 'support.read' },
  { href: '/quan-tri/khen-thuong', label: 'Khen thưởng', permission: 'support.read' },
  { href: '/quan-tri/tin-bai', label: 'Tin bài', permission: 'article.write' },
  { href: '/quan-tri/binh-luan', label: 'Bình luận', permission: 'comment.moderate', count: 'pendingComments' },
  { href: '/quan-tri/van-ban', label: 'Văn bản', permission: 'document.manage' },
  { href: '/quan-tri/lay-y-kien', label: 'Lấy ý kiến dự thảo', permission: 'document.manage' },
  { href: '/quan-tri/thu-vien-media', label: 'Thư viện media', permission: 'media.manage' },
  { href: '/quan-tri/lich-cong-tac', label: 'Lịch công tác', permission: 'schedule.manage' },
  { href: '/quan-tri/hoi-dap', label: 'Hỏi đáp', permission: 'faq.manage' },
  { href: '/quan-tri/trang', label: 'Trang tĩnh', permission: 'page.manage' },
  { href: '/quan-tri/menu', label: 'Menu và chân trang', permission: 'menu.manage' },
  { href: '/quan-tri/thu-vien', label: 'Thư viện ảnh, video', permission: 'gallery.manage' },
  { href: '/quan-tri/thong-ke', label: 'Thống kê', permission: 'stats.view' },
  { href: '/quan-tri/thong-ke/bao-cao', label: 'Báo cáo sơ kết, tổng kết', permission: 'report.export' },
  { href: '/quan-tri/y-kien', label: 'Ý kiến', permission: 'feedback.manage' },
  { href: '/quan-tri/nguoi-dung', label: 'Người dùng', permission: 'user.manage' },
  { href: '/quan-tri/don-vi', label: 'Đơn vị hành chính', permission: 'unit.manage' },
  { href: '/quan-tri/quy-tac', label: 'Quy tắc kiểm tra', permission: 'rule.manage' },
  { href: '/quan-tri/nhat-ky', label: 'Nhật ký', permission: 'audit.view' },
  { href: '/quan-tri/tai-khoan', label: 'Tài khoản của tôi', permission: 'workspace.view' },
];

/** The only item shown while a one-time password must still be changed. */
export const accountNavItem = { href: '/quan-tri/tai-khoan', label: 'Tài khoản của tôi' } as const;
