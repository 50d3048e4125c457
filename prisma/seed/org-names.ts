/** Name material for cooperatives and groups, after the naming patterns in the source documents. */
import type { Sector } from '@/lib/generated/prisma/enums';

import type { District } from './geography';
import type { Rng } from './random';

const ADJECTIVES = [
  'Tân Phát', 'Thành Công', 'Phước Lợi', 'Hưng Thịnh', 'An Phú', 'Đồng Tiến', 'Thuận Phát', 'Hiệp Thành',
  'Tiến Thành', 'Phú Lộc', 'Mỹ Lợi', 'Thạnh Phú', 'Thành Lợi', 'Phát Đạt', 'Thuận Thiên', 'Hòa Bình',
  'Đoàn Kết', 'Quyết Thắng', 'Thắng Lợi', 'Sáng Tạo', 'Vạn Phúc', 'Kim Phát', 'Hữu Nghị', 'Phúc Thịnh',
  'Tấn Lộc', 'Vĩnh Phát', 'Hoàng Gia', 'Toàn Thắng', 'Bình Minh', 'Ánh Dương', 'Nhân Hòa', 'Thịnh Vượng',
  'Phương Nam', 'Đồng Thuận', 'Tân Tiến', 'Hiệp Lực', 'Xanh Sạch', 'Thiên Phú', 'Cửu Long', 'Mekong',
];

const HAMLETS = [
  'Kinh 1', 'Kinh 2', 'Kinh 3', 'Kinh 3A', 'Kinh 4A', 'Kinh 5A', 'Kinh 6', 'Kinh 7', 'Kinh 8', 'Kinh 9',
  'Kinh 10', 'Kinh 11', 'Kinh 12', 'Kinh Ranh', 'Kinh Xáng', 'Kinh Tắc', 'Kinh Thủy Lợi', 'Kinh Mới',
  'Tân Điền', 'Tân Phú', 'Tân Hòa', 'Vĩnh Thành', 'Vĩnh Lợi', 'Vĩnh Phước', 'Thạnh An', 'Thạnh Trung',
  'Hòa Lợi', 'Hòa Thạnh', 'Phước Hưng', 'Phú Hòa', 'Bình Hòa', 'Bình Lợi', 'Mỹ Hòa', 'Mỹ Lợi', 'Đông An',
  'Đông Thành', 'Xẻo Rô', 'Xẻo Nhàu', 'Xẻo Đước', 'Thứ Bảy', 'Lô 3', 'Lô 15A', 'Kiên Tân', 'Rạch Tràm',
  'Cái Nước', 'Số 1', 'Số 2', 'Số 3', 'Số 4', 'Số 5', 'Cây Gòn', 'Trâm Bầu', 'Bờ Dầu', 'Gò Đất',
];

export function hamlet(rng: Rng): string {
  return rng.pick(HAMLETS);
}

/** "xã Bình Giang" → "Bình Giang". */
export function bareCommune(place: string): string {
  return place.replace(/^(xã|phường|thị trấn) /, '');
}

function placeWord(rng: Rng, place: string): string {
  const r = rng.next();
  if (r < 0.35) return bareCommune(place);
  if (r < 0.7) return rng.pick(ADJECTIVES);
  return rng.pick(HAMLETS);
}

/** Full and short name of a cooperative in the given sector. */
export function cooperativeName(rng: Rng, sector: Sector, district: District, place: string): { name: string; short: string } {
  const p = placeWord(rng, place);
  const products = district.products;
  let body: string;
  switch (sector) {
    case 'CROP_LIVESTOCK': {
      const options = ['Nông nghiệp', 'Nông nghiệp', 'Dịch vụ nông nghiệp', 'Dịch vụ nông nghiệp', 'Sản xuất lúa giống', 'Lúa gạo', 'Nông nghiệp sạch', 'Sản xuất kinh doanh dịch vụ nông nghiệp', 'Chăn nuôi', 'Rau an toàn'];
      if (products.includes('khóm')) options.push('Khóm', 'Khóm');
      if (products.includes('hồ tiêu')) options.push('Hồ tiêu', 'Hồ tiêu', 'Hồ tiêu');
      if (products.includes('nấm rơm')) options.push('Nấm rơm');
      if (products.includes('lúa giống')) options.push('Sản xuất lúa giống');
      body = `${rng.pick(options)} ${p}`;
      break;
    }
    case 'FISHERY':
      body = `${rng.pick(['Thủy sản', 'Nuôi trồng thủy sản', 'Nuôi tôm', 'Tôm lúa', 'Khai thác thủy sản', 'Nghề cá', 'Nuôi cá lồng bè'])} ${p}`;
      break;
    case 'FORESTRY':
      body = `${rng.pick(['Nuôi ong mật', 'Lâm nghiệp', 'Trồng rừng', 'Sim rừng'])} ${p}`;
      break;
    case 'SALT':
      body = `Muối ${p}`;
      break;
    case 'TRANSPORT':
      body = `${rng.pick(['Giao thông vận tải', 'Vận tải thủy', 'Vận tải hành khách', 'Vận tải hàng hóa'])} ${p}`;
      break;
    case 'TRADE_SERVICE':
      body = `${rng.pick(district.key === 'phu-quoc' ? ['Dịch vụ du lịch', 'Du lịch cộng đồng', 'Thương mại dịch vụ'] : ['Thương mại dịch vụ', 'Quản lý và khai thác chợ', 'Dịch vụ tổng hợp', 'Thương mại'])} ${p}`;
      break;
    case 'INDUSTRY_HANDICRAFT':
      body = `${rng.pick(products.includes('nước mắm') ? ['Nước mắm', 'Chế biến hải sản', 'Chế biến thực phẩm'] : ['Thủ công mỹ nghệ', 'Đan đát', 'Đan lục bình', 'Mộc dân dụng', 'Chế biến nông sản', 'Cơ khí'])} ${p}`;
      break;
    case 'CONSTRUCTION':
      body = `${rng.pick(['Xây dựng', 'Xây dựng và vật liệu xây dựng'])} ${p}`;
      break;
    case 'ENVIRONMENT':
      body = `${rng.pick(['Vệ sinh môi trường', 'Cấp nước sạch', 'Môi trường đô thị'])} ${p}`;
      break;
    case 'OTHER_NON_AGRICULTURE':
      body = `${rng.pick(['Dịch vụ tổng hợp', 'Điện nông thôn', 'Dịch vụ'])} ${p}`;
      break;
    case 'CREDIT':
      return { name: `Quỹ tín dụng nhân dân ${p}`, short: `QTDND ${p}` };
  }
  return { name: `Hợp tác xã ${body}`, short: `HTX ${body}` };
}

export function groupName(rng: Rng, sector: Sector, district: District): { name: string; short: string } {
  let activity: string;
  switch (sector) {
    case 'FISHERY':
      activity = rng.pick(['nuôi tôm', 'nuôi tôm sú', 'tôm lúa', 'nuôi cá', 'nuôi cua', 'khai thác thủy sản', 'nuôi nghêu']);
      break;
    case 'FORESTRY':
      activity = rng.pick(['nuôi ong', 'trồng tràm', 'bảo vệ rừng']);
      break;
    case 'INDUSTRY_HANDICRAFT':
      activity = rng.pick(['đan đát lục bình', 'đan đệm bàng', 'làm bánh tráng', 'may gia công']);
      break;
    case 'TRADE_SERVICE':
      activity = rng.pick(['dịch vụ', 'phụ nữ giúp nhau làm kinh tế', 'thanh niên lập nghiệp']);
      break;
    default: {
      const options = ['sản xuất lúa', 'sản xuất lúa', 'sản xuất lúa', 'sản xuất lúa chất lượng cao', 'trồng rau màu', 'chăn nuôi bò', 'chăn nuôi heo', 'dùng nước', 'cơ giới hóa nông nghiệp', 'sản xuất lúa giống'];
      if (district.products.includes('khóm')) options.push('trồng khóm', 'trồng khóm');
      if (district.products.includes('hồ tiêu')) options.push('trồng hồ tiêu', 'trồng hồ tiêu');
      activity = rng.pick(options);
    }
  }
  const body = `${activity} ấp ${hamlet(rng)}`;
  return { name: `Tổ hợp tác ${body}`, short: `THT ${body}` };
}

export function productsFor(sector: Sector, district: District, rng: Rng): string {
  switch (sector) {
    case 'CROP_LIVESTOCK':
      return rng.pick([
        'Lúa gạo chất lượng cao; dịch vụ bơm tưới, làm đất, thu hoạch',
        'Lúa giống xác nhận; cung ứng vật tư nông nghiệp',
        'Lúa hàng hóa; liên kết tiêu thụ với doanh nghiệp',
        district.products.includes('khóm') ? 'Khóm (dứa) Tắc Cậu; rau màu' : 'Rau màu, dưa lưới',
        district.products.includes('hồ tiêu') ? 'Hồ tiêu Phú Quốc' : 'Chăn nuôi bò, heo; cỏ chăn nuôi',
      ]);
    case 'FISHERY':
      return rng.pick(['Tôm sú, tôm thẻ', 'Tôm – lúa, cua biển', 'Cá lồng bè, cá bớp', 'Khai thác hải sản xa bờ', 'Tôm càng xanh']);
    case 'FORESTRY':
      return rng.pick(['Mật ong rừng tràm', 'Tràm, sim rừng', 'Gỗ rừng trồng']);
    case 'TRANSPORT':
      return 'Vận tải hành khách, hàng hóa';
    case 'TRADE_SERVICE':
      return rng.pick(['Quản lý, khai thác chợ', 'Dịch vụ du lịch, lưu trú', 'Kinh doanh vật tư, hàng tiêu dùng']);
    case 'INDUSTRY_HANDICRAFT':
      return rng.pick(['Hàng đan đát lục bình, bàng', 'Nước mắm, khô hải sản', 'Đồ gỗ dân dụng', 'Gia công cơ khí']);
    case 'CONSTRUCTION':
      return 'Xây dựng công trình dân dụng, giao thông nông thôn';
    case 'ENVIRONMENT':
      return 'Thu gom rác thải, cấp nước sinh hoạt';
    case 'CREDIT':
      return 'Huy động vốn, cho vay thành viên';
    default:
      return 'Dịch vụ tổng hợp';
  }
}
