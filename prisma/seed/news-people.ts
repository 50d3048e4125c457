/**
 * Who speaks in the demo news: the alliance's leaders as they were at the time (the Kiên Giang
 * alliance until the reform, the merged An Giang alliance after it, as the Cơ cấu tổ chức page
 * lists today), and the officers of districts and communes, named deterministically.
 */
import { REFORM_DATE } from './dates';
import { DISTRICTS, type District } from './geography';
import { personName } from './names';
import type { Rng } from './random';

export type Leadership = { chair: string; vices: [string, string]; planning: string; communication: string };

const BEFORE: Leadership = { chair: 'Trần Thanh Dũng', vices: ['Phạm Thành Trăm', 'Lê Thị Ngọc Hân'], planning: 'Võ Quốc Khánh', communication: 'Huỳnh Văn Lâm' };
const AFTER: Leadership = { chair: 'Nguyễn Thanh Tùng', vices: ['Lê Thị Ngọc Hân', 'Danh Hoàng Phong'], planning: 'Võ Quốc Khánh', communication: 'Huỳnh Văn Lâm' };

export const leadersAt = (date: Date): Leadership => (date < REFORM_DATE ? BEFORE : AFTER);

/** "ông Trần Thanh Dũng", "bà Lê Thị Ngọc Hân" */
export function mr(name: string): string {
  const words = name.split(' ');
  const female = words.includes('Thị') || ['Hân', 'Trang', 'Lan', 'Hoa', 'Mai', 'Hương', 'Thảo', 'Nhung', 'Hạnh', 'Loan', 'Phượng', 'Diễm', 'Tuyết', 'Yến', 'Ngân', 'Hằng', 'Thủy', 'Liên', 'Vân', 'Cúc', 'Đào', 'Nga', 'Oanh', 'Trinh', 'Xuân', 'Bé', 'Thơm', 'Sương', 'Kiều', 'Quyên', 'Nhi', 'Chi', 'My', 'Dung', 'Tiên', 'Ánh'].includes(words[words.length - 1]);
  return `${female ? 'bà' : 'ông'} ${name}`;
}

/** A local official, drawn from the rng (names are demo data, not real people). */
export function official(rng: Rng): string {
  return personName(rng).name;
}

/** "huyện Giồng Riềng", "thành phố Rạch Giá" */
export const districtLabel = (d: District) => `${d.type.toLowerCase()} ${d.name}`;

/** The former district a new commune (xã Giồng Riềng, đặc khu Phú Quốc) mostly took over from. */
export function districtOfCommune(name: string): District | undefined {
  let best: { d: District; w: number } | undefined;
  for (const d of DISTRICTS) for (const c of d.newCommunes) if (c.name === name && (!best || c.weight > best.w)) best = { d, w: c.weight };
  return best?.d;
}
