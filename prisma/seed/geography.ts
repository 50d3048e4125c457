/**
 * The demo province: Kiên Giang's 15 district-level units (GSO codes) as they stood until the
 * reform of 1/7/2025, the communes of each (used for place names and addresses of the period),
 * and the communes, wards and special zones of the merged An Giang that replaced them, with the
 * share of each old district that went to each (plausible, not official, figures).
 * Weights steer where organizations are: rice districts have most agricultural cooperatives,
 * the cities most non-agricultural ones.
 */
export type NewCommune = { name: string; type: 'Phường' | 'Xã' | 'Đặc khu'; weight: number };

export type District = {
  key: string;
  code: string;
  name: string;
  type: 'Thành phố' | 'Huyện';
  /** Relative weights for agricultural HTX, non-agricultural HTX, THT. */
  agri: number;
  nonAgri: number;
  groups: number;
  /** Communes/wards/towns before 2025, for names and historic addresses. */
  oldCommunes: string[];
  /** Units of An Giang (from 1/7/2025) that took over the district's territory. */
  newCommunes: NewCommune[];
  /** Typical products, for names and OCOP. */
  products: string[];
};

export const PROVINCE_OLD = { code: '91', name: 'Kiên Giang', type: 'Tỉnh' } as const;
export const PROVINCE_NEW = { code: '89', name: 'An Giang', type: 'Tỉnh' } as const;

export const DISTRICTS: District[] = [
  {
    key: 'rach-gia', code: '899', name: 'Rạch Giá', type: 'Thành phố', agri: 2, nonAgri: 14, groups: 3,
    oldCommunes: ['phường Vĩnh Thanh Vân', 'phường Vĩnh Thanh', 'phường Vĩnh Quang', 'phường Vĩnh Hiệp', 'phường Vĩnh Bảo', 'phường Vĩnh Lạc', 'phường An Hòa', 'phường An Bình', 'phường Rạch Sỏi', 'phường Vĩnh Lợi', 'phường Vĩnh Thông', 'xã Phi Thông'],
    newCommunes: [{ name: 'Rạch Giá', type: 'Phường', weight: 6 }, { name: 'Vĩnh Thông', type: 'Phường', weight: 4 }],
    products: ['hải sản', 'nước mắm', 'khô cá'],
  },
  {
    key: 'ha-tien', code: '900', name: 'Hà Tiên', type: 'Thành phố', agri: 2, nonAgri: 6, groups: 2,
    oldCommunes: ['phường Đông Hồ', 'phường Bình San', 'phường Pháo Đài', 'phường Tô Châu', 'phường Mỹ Đức', 'xã Thuận Yên', 'xã Tiên Hải'],
    newCommunes: [{ name: 'Hà Tiên', type: 'Phường', weight: 5 }, { name: 'Tô Châu', type: 'Phường', weight: 3 }, { name: 'Tiên Hải', type: 'Xã', weight: 2 }],
    products: ['hải sản', 'khô mực', 'mắm'],
  },
  {
    key: 'kien-luong', code: '902', name: 'Kiên Lương', type: 'Huyện', agri: 5, nonAgri: 3, groups: 5,
    oldCommunes: ['thị trấn Kiên Lương', 'xã Kiên Bình', 'xã Hòa Điền', 'xã Dương Hòa', 'xã Bình An', 'xã Bình Trị', 'xã Sơn Hải', 'xã Hòn Nghệ'],
    newCommunes: [{ name: 'Kiên Lương', type: 'Xã', weight: 4 }, { name: 'Hòa Điền', type: 'Xã', weight: 3 }, { name: 'Sơn Hải', type: 'Xã', weight: 2 }, { name: 'Hòn Nghệ', type: 'Xã', weight: 1 }],
    products: ['lúa', 'tôm', 'cua'],
  },
  {
    key: 'hon-dat', code: '903', name: 'Hòn Đất', type: 'Huyện', agri: 12, nonAgri: 2, groups: 11,
    oldCommunes: ['thị trấn Hòn Đất', 'thị trấn Sóc Sơn', 'xã Bình Sơn', 'xã Bình Giang', 'xã Mỹ Hiệp Sơn', 'xã Sơn Kiên', 'xã Sơn Bình', 'xã Mỹ Thuận', 'xã Lình Huỳnh', 'xã Thổ Sơn', 'xã Mỹ Lâm', 'xã Mỹ Phước', 'xã Nam Thái Sơn', 'xã Mỹ Thái'],
    newCommunes: [{ name: 'Hòn Đất', type: 'Xã', weight: 3 }, { name: 'Sơn Kiên', type: 'Xã', weight: 2 }, { name: 'Mỹ Thuận', type: 'Xã', weight: 2 }, { name: 'Bình Sơn', type: 'Xã', weight: 2 }, { name: 'Bình Giang', type: 'Xã', weight: 2 }],
    products: ['lúa', 'lúa giống', 'khóm'],
  },
  {
    key: 'tan-hiep', code: '904', name: 'Tân Hiệp', type: 'Huyện', agri: 11, nonAgri: 2, groups: 9,
    oldCommunes: ['thị trấn Tân Hiệp', 'xã Tân Hội', 'xã Tân Thành', 'xã Tân Hiệp B', 'xã Tân Hòa', 'xã Thạnh Đông B', 'xã Thạnh Đông', 'xã Tân Hiệp A', 'xã Tân An', 'xã Thạnh Đông A', 'xã Thạnh Trị'],
    newCommunes: [{ name: 'Tân Hiệp', type: 'Xã', weight: 4 }, { name: 'Tân Hội', type: 'Xã', weight: 3 }, { name: 'Thạnh Đông', type: 'Xã', weight: 3 }],
    products: ['lúa', 'lúa giống', 'nấm rơm'],
  },
  {
    key: 'chau-thanh', code: '905', name: 'Châu Thành', type: 'Huyện', agri: 8, nonAgri: 3, groups: 7,
    oldCommunes: ['thị trấn Minh Lương', 'xã Mong Thọ A', 'xã Mong Thọ B', 'xã Mong Thọ', 'xã Giục Tượng', 'xã Vĩnh Hòa Hiệp', 'xã Vĩnh Hòa Phú', 'xã Minh Hòa', 'xã Bình An', 'xã Thạnh Lộc'],
    newCommunes: [{ name: 'Châu Thành', type: 'Xã', weight: 4 }, { name: 'Bình An', type: 'Xã', weight: 3 }, { name: 'Thạnh Lộc', type: 'Xã', weight: 3 }],
    products: ['khóm', 'lúa', 'rau màu'],
  },
  {
    key: 'giong-rieng', code: '906', name: 'Giồng Riềng', type: 'Huyện', agri: 13, nonAgri: 2, groups: 12,
    oldCommunes: ['thị trấn Giồng Riềng', 'xã Thạnh Hưng', 'xã Thạnh Phước', 'xã Thạnh Lộc', 'xã Thạnh Hòa', 'xã Thạnh Bình', 'xã Bàn Thạch', 'xã Bàn Tân Định', 'xã Ngọc Thành', 'xã Ngọc Chúc', 'xã Ngọc Thuận', 'xã Hòa Hưng', 'xã Hòa Lợi', 'xã Hòa An', 'xã Long Thạnh', 'xã Vĩnh Thạnh', 'xã Vĩnh Phú', 'xã Hòa Thuận', 'xã Ngọc Hòa'],
    newCommunes: [{ name: 'Giồng Riềng', type: 'Xã', weight: 3 }, { name: 'Thạnh Hưng', type: 'Xã', weight: 2 }, { name: 'Long Thạnh', type: 'Xã', weight: 2 }, { name: 'Hòa Hưng', type: 'Xã', weight: 2 }, { name: 'Ngọc Chúc', type: 'Xã', weight: 2 }, { name: 'Hòa Thuận', type: 'Xã', weight: 1.5 }],
    products: ['lúa', 'khóm', 'lục bình đan'],
  },
  {
    key: 'go-quao', code: '907', name: 'Gò Quao', type: 'Huyện', agri: 10, nonAgri: 2, groups: 10,
    oldCommunes: ['thị trấn Gò Quao', 'xã Vĩnh Hòa Hưng Bắc', 'xã Định Hòa', 'xã Thới Quản', 'xã Định An', 'xã Thủy Liễu', 'xã Vĩnh Hòa Hưng Nam', 'xã Vĩnh Phước A', 'xã Vĩnh Phước B', 'xã Vĩnh Tuy', 'xã Vĩnh Thắng'],
    newCommunes: [{ name: 'Gò Quao', type: 'Xã', weight: 3 }, { name: 'Định Hòa', type: 'Xã', weight: 2 }, { name: 'Vĩnh Hòa Hưng', type: 'Xã', weight: 3 }, { name: 'Vĩnh Tuy', type: 'Xã', weight: 2 }],
    products: ['lúa', 'tôm càng xanh', 'đan đát'],
  },
  {
    key: 'an-bien', code: '908', name: 'An Biên', type: 'Huyện', agri: 9, nonAgri: 2, groups: 9,
    oldCommunes: ['thị trấn Thứ Ba', 'xã Tây Yên', 'xã Tây Yên A', 'xã Nam Yên', 'xã Hưng Yên', 'xã Nam Thái', 'xã Nam Thái A', 'xã Đông Thái', 'xã Đông Yên'],
    newCommunes: [{ name: 'An Biên', type: 'Xã', weight: 4 }, { name: 'Tây Yên', type: 'Xã', weight: 3 }, { name: 'Đông Thái', type: 'Xã', weight: 3 }],
    products: ['tôm', 'lúa', 'cua'],
  },
  {
    key: 'an-minh', code: '909', name: 'An Minh', type: 'Huyện', agri: 8, nonAgri: 1.5, groups: 8,
    oldCommunes: ['thị trấn Thứ Mười Một', 'xã Thuận Hòa', 'xã Đông Hòa', 'xã Đông Thạnh', 'xã Tân Thạnh', 'xã Đông Hưng', 'xã Đông Hưng A', 'xã Đông Hưng B', 'xã Vân Khánh', 'xã Vân Khánh Đông', 'xã Vân Khánh Tây'],
    newCommunes: [{ name: 'An Minh', type: 'Xã', weight: 3 }, { name: 'Vân Khánh', type: 'Xã', weight: 3 }, { name: 'Đông Hưng', type: 'Xã', weight: 2 }, { name: 'Tân Thạnh', type: 'Xã', weight: 2 }],
    products: ['tôm', 'lúa', 'ba khía'],
  },
  {
    key: 'vinh-thuan', code: '910', name: 'Vĩnh Thuận', type: 'Huyện', agri: 7, nonAgri: 1, groups: 7,
    oldCommunes: ['thị trấn Vĩnh Thuận', 'xã Vĩnh Bình Bắc', 'xã Vĩnh Bình Nam', 'xã Bình Minh', 'xã Vĩnh Thuận', 'xã Tân Thuận', 'xã Phong Đông', 'xã Vĩnh Phong'],
    newCommunes: [{ name: 'Vĩnh Thuận', type: 'Xã', weight: 4 }, { name: 'Vĩnh Phong', type: 'Xã', weight: 3 }, { name: 'Bình Minh', type: 'Xã', weight: 3 }],
    products: ['lúa', 'tôm', 'mật ong'],
  },
  {
    key: 'phu-quoc', code: '911', name: 'Phú Quốc', type: 'Thành phố', agri: 4, nonAgri: 7, groups: 3,
    oldCommunes: ['phường Dương Đông', 'phường An Thới', 'xã Cửa Cạn', 'xã Gành Dầu', 'xã Cửa Dương', 'xã Hàm Ninh', 'xã Dương Tơ', 'xã Bãi Thơm', 'xã Thổ Châu'],
    newCommunes: [{ name: 'Phú Quốc', type: 'Đặc khu', weight: 9.7 }, { name: 'Thổ Châu', type: 'Đặc khu', weight: 0.3 }],
    products: ['hồ tiêu', 'nước mắm', 'sim rừng'],
  },
  {
    key: 'kien-hai', code: '912', name: 'Kiên Hải', type: 'Huyện', agri: 1.5, nonAgri: 1, groups: 1.5,
    oldCommunes: ['xã Hòn Tre', 'xã Lại Sơn', 'xã An Sơn', 'xã Nam Du'],
    newCommunes: [{ name: 'Kiên Hải', type: 'Đặc khu', weight: 1 }],
    products: ['hải sản', 'cá bớp lồng', 'khô cá'],
  },
  {
    key: 'u-minh-thuong', code: '913', name: 'U Minh Thượng', type: 'Huyện', agri: 6, nonAgri: 1, groups: 6,
    oldCommunes: ['xã Thạnh Yên', 'xã Thạnh Yên A', 'xã An Minh Bắc', 'xã Vĩnh Hòa', 'xã Hòa Chánh', 'xã Minh Thuận'],
    newCommunes: [{ name: 'U Minh Thượng', type: 'Xã', weight: 4 }, { name: 'Vĩnh Hòa', type: 'Xã', weight: 3 }, { name: 'An Minh Bắc', type: 'Xã', weight: 3 }],
    products: ['mật ong rừng', 'lúa', 'cá đồng'],
  },
  {
    key: 'giang-thanh', code: '914', name: 'Giang Thành', type: 'Huyện', agri: 4, nonAgri: 0.5, groups: 4,
    oldCommunes: ['xã Phú Mỹ', 'xã Phú Lợi', 'xã Tân Khánh Hòa', 'xã Vĩnh Phú', 'xã Vĩnh Điều'],
    newCommunes: [{ name: 'Giang Thành', type: 'Xã', weight: 6 }, { name: 'Vĩnh Điều', type: 'Xã', weight: 4 }],
    products: ['lúa', 'đệm bàng', 'tôm'],
  },
];

export function districtByKey(key: string): District {
  const d = DISTRICTS.find((x) => x.key === key);
  if (!d) throw new Error(`unknown district ${key}`);
  return d;
}

/** The commune the demo district officer is scoped to (former huyện Giồng Riềng). */
export const DISTRICT_OFFICER_COMMUNE = { district: 'giong-rieng', name: 'Giồng Riềng' } as const;
