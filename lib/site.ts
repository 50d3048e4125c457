/**
 * Constants of the portal: who runs it and how to reach them. The top menu and the footer's links
 * are data, edited at /quan-tri/menu (lib/site-links).
 */

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
