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
} as const;

export type MenuItem = { href: string; label: string };

export const mainMenu: readonly MenuItem[] = [
  { href: '/', label: 'Trang chủ' },
  { href: '/gioi-thieu', label: 'Giới thiệu' },
  { href: '/tin-tuc', label: 'Tin tức' },
  { href: '/van-ban', label: 'Văn bản' },
  { href: '/so-lieu', label: 'Số liệu HTX–THT' },
  { href: '/tin-tuc/chuyen-muc/mo-hinh-dien-hinh', label: 'Mô hình điển hình' },
  { href: '/y-kien', label: 'Liên hệ – Ý kiến' },
];

export const footerLinks: readonly MenuItem[] = [
  { href: '/gioi-thieu', label: 'Giới thiệu' },
  { href: '/van-ban', label: 'Hệ thống văn bản' },
  { href: '/hop-tac-xa', label: 'Danh bạ hợp tác xã' },
  { href: '/so-lieu', label: 'Số liệu kinh tế tập thể' },
  { href: '/tim-kiem', label: 'Tìm kiếm' },
  { href: '/y-kien', label: 'Gửi ý kiến' },
];
