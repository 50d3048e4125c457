/** Constants of the portal: who runs it, how to reach them, and the public menu. */

export const site = {
  name: 'Liên minh Hợp tác xã tỉnh An Giang',
  shortName: 'Liên minh HTX tỉnh An Giang',
  portalName: 'Cổng thông tin điện tử',
  description:
    'Cổng thông tin điện tử của Liên minh Hợp tác xã tỉnh An Giang: tin tức, văn bản, số liệu kinh tế tập thể, hợp tác xã và tổ hợp tác.',
  address: 'Số 12 Lê Lợi, phường Rạch Giá, tỉnh An Giang',
  phone: '0297 3862 468',
  email: 'lienminhhtx@angiang.gov.vn',
  workingHours: 'Thứ Hai đến Thứ Sáu, sáng 7 giờ – 11 giờ, chiều 13 giờ – 17 giờ',
  /** The demo data is the former Kiên Giang province, merged into An Giang on 1/7/2025. */
  mergerNote: 'Tỉnh Kiên Giang hợp nhất vào tỉnh An Giang từ ngày 01/7/2025.',
  /** Who answers for the content, and the licence line every Vietnamese portal footer carries. */
  responsible: 'Chịu trách nhiệm chính: Ông Nguyễn Thanh Tùng, Chủ tịch Liên minh Hợp tác xã tỉnh An Giang',
  licence: 'Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Kiên Giang cấp ngày 14/3/2023',
  /** English forms, for the /en pages. */
  nameEn: 'An Giang Provincial Cooperative Alliance',
  addressEn: '12 Le Loi Street, Rach Gia Ward, An Giang Province, Viet Nam',
} as const;

export type MenuLink = { href: string; label: string };
/** A top-level menu entry; one with `children` opens a small submenu. */
export type MenuItem = MenuLink & { children?: readonly MenuLink[] };

/**
 * The public menu, modelled on the old portal's (seed 002) without its clutter: the sections a
 * visitor looks for, one level of submenu at most.
 */
export const mainMenu: readonly MenuItem[] = [
  { href: '/', label: 'Trang chủ' },
  {
    href: '/gioi-thieu',
    label: 'Giới thiệu',
    children: [
      { href: '/gioi-thieu', label: 'Giới thiệu chung' },
      { href: '/co-cau-to-chuc', label: 'Cơ cấu tổ chức' },
      { href: '/trung-tam-tu-van', label: 'Trung tâm Tư vấn' },
    ],
  },
  { href: '/tin-tuc', label: 'Tin tức' },
  { href: '/van-ban', label: 'Văn bản' },
  { href: '/lich-cong-tac', label: 'Lịch công tác' },
  { href: '/hop-tac-xa', label: 'Tra cứu HTX' },
  { href: '/so-lieu', label: 'Số liệu' },
  { href: '/y-kien', label: 'Ý kiến' },
  { href: '/lien-he', label: 'Liên hệ' },
];

export const footerLinks: readonly MenuLink[] = [
  { href: '/gioi-thieu', label: 'Giới thiệu' },
  { href: '/co-cau-to-chuc', label: 'Cơ cấu tổ chức' },
  { href: '/van-ban', label: 'Hệ thống văn bản' },
  { href: '/lich-cong-tac', label: 'Lịch công tác' },
  { href: '/lay-y-kien', label: 'Lấy ý kiến dự thảo' },
  { href: '/hop-tac-xa', label: 'Tra cứu hợp tác xã' },
  { href: '/so-lieu', label: 'Số liệu kinh tế tập thể' },
  { href: '/hoi-dap', label: 'Hỏi đáp' },
  { href: '/thu-vien', label: 'Thư viện ảnh, video' },
  { href: '/y-kien', label: 'Gửi ý kiến' },
  { href: '/y-kien/tra-cuu', label: 'Tra cứu ý kiến' },
  { href: '/lien-he', label: 'Liên hệ' },
  { href: '/en', label: 'English' },
];
