/** Vietnamese personal names, weighted roughly as in the Mekong Delta (incl. Khmer family names). */
import type { Rng } from './random';

const FAMILY: readonly [string, number][] = [
  ['Nguyễn', 30], ['Trần', 11], ['Lê', 9], ['Phạm', 6], ['Huỳnh', 5], ['Võ', 5], ['Phan', 4],
  ['Trương', 2], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 1.5], ['Hồ', 1.5], ['Ngô', 1.5], ['Dương', 1.5],
  ['Lý', 1.5], ['Lâm', 1.5], ['Đinh', 1], ['Mai', 1], ['Tô', 1], ['Châu', 1], ['Danh', 3],
  ['Thạch', 2], ['Kim', 1], ['Quách', 0.5], ['Cao', 1], ['Tăng', 0.5], ['Lưu', 1], ['Diệp', 0.5],
];
const FAMILY_NAMES = FAMILY.map((f) => f[0]);
const FAMILY_WEIGHTS = FAMILY.map((f) => f[1]);

const MALE_MIDDLE = ['Văn', 'Văn', 'Văn', 'Thanh', 'Minh', 'Hoàng', 'Quốc', 'Hữu', 'Công', 'Trung', 'Đức', 'Phước', 'Tấn', 'Chí'];
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thanh', 'Kim', 'Mỹ', 'Thúy', 'Hồng', 'Bích', 'Thu'];
const MALE_GIVEN = [
  'Dũng', 'Hùng', 'Tâm', 'Phúc', 'Lợi', 'Hải', 'Tuấn', 'Nam', 'Sơn', 'Hiếu', 'Khánh', 'Long', 'Bình',
  'Thắng', 'Tài', 'Trí', 'Nghĩa', 'Thành', 'Quang', 'Toàn', 'Nhân', 'Hòa', 'Phong', 'Lâm', 'Vũ', 'Thuận',
  'Tùng', 'Đạt', 'Hưng', 'Kiệt', 'Sang', 'Tín', 'Hậu', 'Thiện', 'Trọng', 'Út', 'Em', 'Mến', 'Rạng', 'Sol',
];
const FEMALE_GIVEN = [
  'Lan', 'Hoa', 'Mai', 'Hương', 'Thảo', 'Trang', 'Nhung', 'Hạnh', 'Loan', 'Phượng', 'Diễm', 'Tuyết',
  'Yến', 'Ngân', 'Hằng', 'Thủy', 'Liên', 'Vân', 'Cúc', 'Đào', 'Nga', 'Oanh', 'Trinh', 'Xuân', 'Bé',
  'Thơm', 'Sương', 'Kiều', 'Quyên', 'Nhi', 'Chi', 'My', 'Dung', 'Tiên', 'Ánh',
];

export type Gender = 'Nam' | 'Nữ';

export function personName(rng: Rng, gender?: Gender): { name: string; gender: Gender } {
  const g: Gender = gender ?? (rng.chance(0.62) ? 'Nam' : 'Nữ');
  const family = rng.weighted(FAMILY_NAMES, FAMILY_WEIGHTS);
  // Khmer family names (Danh, Thạch, Kim) often go without a middle name.
  const khmer = family === 'Danh' || family === 'Thạch' || family === 'Kim';
  const middle = khmer && rng.chance(0.6) ? '' : rng.pick(g === 'Nam' ? MALE_MIDDLE : FEMALE_MIDDLE);
  const given = rng.pick(g === 'Nam' ? MALE_GIVEN : FEMALE_GIVEN);
  return { name: [family, middle, given].filter(Boolean).join(' '), gender: g };
}

/** A mobile number in a Vietnamese format: 10 digits, 09x/08x/03x prefixes. */
export function mobilePhone(rng: Rng): string {
  const prefix = rng.pick(['091', '094', '098', '097', '096', '088', '086', '039', '038', '035', '093', '090', '070', '079']);
  let rest = '';
  for (let i = 0; i < 7; i++) rest += String(rng.int(0, 9));
  return `${prefix}${rest}`;
}

/** A landline with Kiên Giang's area code 0297. */
export function landline(rng: Rng): string {
  return `0297 ${rng.int(3, 3)}${rng.int(10, 99)} ${rng.int(100, 999)}`;
}

/** Citizen identity number (CCCD): 12 digits, province code 091 for Kiên Giang births. */
export function citizenId(rng: Rng, birthYear: number, gender: Gender): string {
  const century = birthYear >= 2000 ? (gender === 'Nam' ? 2 : 3) : gender === 'Nam' ? 0 : 1;
  let serial = '';
  for (let i = 0; i < 6; i++) serial += String(rng.int(0, 9));
  return `091${century}${String(birthYear % 100).padStart(2, '0')}${serial}`;
}
