/**
 * The fields a spreadsheet column can be mapped to, with the Vietnamese headers communes actually
 * write for them (compared folded: case, diacritics and punctuation ignored), and the automatic
 * suggestion of a mapping from a sheet's headers. Pure: used by the pages, the actions and tests.
 *
 * Organization fields are those of the create/edit form (lib/organizations/schema.ts), except that
 * the unit is a name ("Xã Giồng Riềng") resolved within the user's scope, not an id.
 */
import { fold } from './fold';

export type FieldKind = 'text' | 'enum' | 'date' | 'money' | 'bool' | 'unit' | 'year';

export type ImportField = {
  key: string;
  label: string;
  kind: FieldKind;
  /** Folded headers that mean this field, most specific first. */
  synonyms: readonly string[];
  /** Shown on the mapping page and in the template's header notes. */
  hint?: string;
};

export const ORGANIZATION_FIELDS = [
  { key: 'name', label: 'Tên tổ chức', kind: 'text', hint: 'Bắt buộc.', synonyms: ['ten to chuc', 'ten htx', 'ten hop tac xa', 'ten htx tht', 'ten tht', 'ten to hop tac', 'ten qtdnd', 'ten quy tin dung', 'ten lien hiep', 'ten don vi', 'ten co so', 'ten'] },
  { key: 'shortName', label: 'Tên viết tắt', kind: 'text', synonyms: ['ten viet tat', 'viet tat'] },
  { key: 'kind', label: 'Loại hình', kind: 'enum', hint: 'Hợp tác xã, Liên hiệp HTX, Tổ hợp tác, Quỹ tín dụng nhân dân; để trống thì suy ra từ tên.', synonyms: ['loai hinh', 'loai hinh to chuc', 'loai hinh ktt', 'loai hinh kinh te tap the', 'hinh thuc to chuc', 'loai to chuc', 'loai'] },
  { key: 'registrationNumber', label: 'Số đăng ký (mã số HTX)', kind: 'text', synonyms: ['so dang ky', 'ma so htx', 'so dkkd', 'ma so dang ky', 'so dang ky kinh doanh', 'so giay chung nhan dang ky', 'so gcn dang ky', 'so gcndk', 'so gcn dkkd', 'so giay cn dkkd', 'so giay chung nhan dang ky htx', 'so dang ky htx', 'ma htx', 'so gcn'] },
  { key: 'taxCode', label: 'Mã số thuế', kind: 'text', synonyms: ['ma so thue', 'mst', 'ma thue'] },
  { key: 'sector', label: 'Lĩnh vực', kind: 'enum', hint: 'Ví dụ: Trồng trọt, chăn nuôi; Thủy sản; Thương mại - dịch vụ - chợ; Tín dụng.', synonyms: ['linh vuc', 'linh vuc hoat dong', 'nganh nghe', 'nganh nghe kinh doanh', 'linh vuc nganh nghe', 'nganh nghe hoat dong', 'nganh'] },
  { key: 'unit', label: 'Xã/phường', kind: 'unit', hint: 'Tên xã, phường, đặc khu hiện nay, ví dụ “Xã Giồng Riềng”.', synonyms: ['xa phuong', 'xa phuong dac khu', 'xa phuong thi tran', 'phuong xa', 'don vi hanh chinh', 'dia ban', 'dia ban xa phuong', 'xa', 'phuong', 'don vi'] },
  { key: 'address', label: 'Địa chỉ', kind: 'text', synonyms: ['dia chi', 'dia chi tru so', 'dia chi tru so chinh', 'tru so', 'tru so chinh'] },
  { key: 'phone', label: 'Số điện thoại', kind: 'text', synonyms: ['so dien thoai', 'dien thoai', 'sdt', 'so dt', 'dt', 'dien thoai lien he'] },
  { key: 'email', label: 'Email', kind: 'text', synonyms: ['email', 'e mail', 'thu dien tu', 'dia chi email'] },
  { key: 'website', label: 'Trang web', kind: 'text', synonyms: ['trang web', 'website', 'trang thong tin dien tu'] },
  { key: 'leaderName', label: 'Người đại diện', kind: 'text', synonyms: ['nguoi dai dien', 'ho ten nguoi dai dien', 'nguoi dai dien theo phap luat', 'ho va ten nguoi dai dien', 'giam doc', 'ho ten giam doc', 'ho va ten giam doc', 'chu tich hdqt', 'to truong', 'nguoi dung dau'] },
  { key: 'leaderTitle', label: 'Chức danh người đại diện', kind: 'text', synonyms: ['chuc danh', 'chuc vu', 'chuc danh nguoi dai dien', 'chuc vu nguoi dai dien'] },
  { key: 'establishedOn', label: 'Ngày thành lập', kind: 'date', hint: 'Ngày/tháng/năm, ví dụ 15/03/2024.', synonyms: ['ngay thanh lap', 'ngay dang ky', 'ngay thanh lap dang ky', 'ngay cap', 'ngay cap gcn', 'ngay cap dkkd', 'ngay cap giay chung nhan', 'ngay cap giay chung nhan dang ky', 'thanh lap ngay'] },
  { key: 'charterCapital', label: 'Vốn điều lệ', kind: 'money', hint: 'Số đồng; nếu tiêu đề cột ghi “(triệu đồng)” thì nhân 1.000.000.', synonyms: ['von dieu le', 'von dieu le dang ky', 'tong von dieu le', 'von dieu le htx'] },
  { key: 'allianceMembership', label: 'Thành viên Liên minh', kind: 'enum', hint: 'Thành viên chính thức, Thành viên liên kết, hoặc để trống.', synonyms: ['thanh vien lien minh', 'thanh vien lien minh htx', 'la thanh vien lien minh', 'tv lien minh', 'thanh vien lmhtx', 'hoi vien lien minh', 'tham gia lien minh'] },
  { key: 'allianceJoinedOn', label: 'Ngày gia nhập Liên minh', kind: 'date', synonyms: ['ngay gia nhap lien minh', 'ngay gia nhap lmhtx', 'ngay ket nap lien minh', 'ngay ket nap', 'ngay gia nhap'] },
  { key: 'mainProducts', label: 'Sản phẩm, dịch vụ chính', kind: 'text', synonyms: ['san pham dich vu chinh', 'san pham chinh', 'san pham dich vu', 'mat hang chinh', 'nganh nghe san pham', 'san pham'] },
  { key: 'description', label: 'Giới thiệu', kind: 'text', synonyms: ['gioi thieu', 'mo ta', 'gioi thieu chung'] },
  { key: 'isNewModel', label: 'HTX kiểu mới', kind: 'bool', hint: 'Có/Không (hoặc x).', synonyms: ['htx kieu moi', 'kieu moi', 'mo hinh htx kieu moi', 'htx kieu moi de an 167'] },
  { key: 'hasValueChainLink', label: 'Liên kết chuỗi giá trị', kind: 'bool', synonyms: ['lien ket chuoi gia tri', 'lien ket chuoi', 'co lien ket chuoi'] },
  { key: 'hasVietGap', label: 'Chứng nhận VietGAP', kind: 'bool', synonyms: ['vietgap', 'chung nhan vietgap', 'dat vietgap'] },
  { key: 'hasGlobalGap', label: 'Chứng nhận GlobalGAP', kind: 'bool', synonyms: ['globalgap', 'chung nhan globalgap', 'dat globalgap'] },
] as const satisfies readonly ImportField[];

export type OrganizationFieldKey = (typeof ORGANIZATION_FIELDS)[number]['key'];

export const MEMBER_FIELDS = [
  { key: 'orgRegistrationNumber', label: 'Số đăng ký của tổ chức', kind: 'text', hint: 'Để biết thành viên thuộc tổ chức nào (hoặc dùng cột tên tổ chức).', synonyms: ['so dang ky htx', 'ma so htx', 'so dang ky to chuc', 'so dkkd', 'so dang ky', 'ma htx'] },
  { key: 'orgName', label: 'Tên tổ chức', kind: 'text', synonyms: ['ten htx', 'ten hop tac xa', 'ten to chuc', 'thuoc htx', 'thuoc to chuc', 'htx', 'to chuc'] },
  { key: 'name', label: 'Họ tên thành viên', kind: 'text', hint: 'Bắt buộc.', synonyms: ['ho ten thanh vien', 'ten thanh vien', 'ho va ten thanh vien', 'ho va ten', 'ho ten', 'thanh vien', 'ten'] },
  { key: 'kind', label: 'Cá nhân/hộ/pháp nhân', kind: 'enum', hint: 'Cá nhân, Hộ gia đình hoặc Pháp nhân; để trống là cá nhân.', synonyms: ['doi tuong', 'ca nhan ho gia dinh phap nhan', 'ca nhan phap nhan', 'loai chu the', 'chu the'] },
  { key: 'type', label: 'Loại thành viên', kind: 'enum', hint: 'Chính thức, Liên kết góp vốn, Liên kết không góp vốn; để trống là chính thức.', synonyms: ['loai thanh vien', 'hinh thuc thanh vien', 'thanh vien chinh thuc lien ket', 'loai'] },
  { key: 'idNumber', label: 'Số CCCD / mã số doanh nghiệp', kind: 'text', synonyms: ['so cccd', 'cccd', 'so can cuoc', 'so can cuoc cong dan', 'so cmnd', 'cmnd', 'cccd cmnd', 'so dinh danh', 'ma so doanh nghiep', 'so cccd ma so doanh nghiep'] },
  { key: 'birthYear', label: 'Năm sinh', kind: 'year', synonyms: ['nam sinh'] },
  { key: 'gender', label: 'Giới tính', kind: 'enum', synonyms: ['gioi tinh'] },
  { key: 'address', label: 'Địa chỉ', kind: 'text', synonyms: ['dia chi', 'noi o', 'dia chi thuong tru', 'cho o'] },
  { key: 'phone', label: 'Số điện thoại', kind: 'text', synonyms: ['so dien thoai', 'dien thoai', 'sdt', 'so dt'] },
  { key: 'joinedOn', label: 'Ngày gia nhập', kind: 'date', hint: 'Bắt buộc, ngày/tháng/năm.', synonyms: ['ngay gia nhap', 'ngay vao', 'ngay ket nap', 'ngay tham gia', 'ngay vao htx'] },
  { key: 'capital', label: 'Vốn góp', kind: 'money', hint: 'Số đồng góp khi gia nhập (ghi cho thành viên mới).', synonyms: ['von gop', 'so von gop', 'gia tri von gop', 'von gop thanh vien', 'von gop dang ky'] },
] as const satisfies readonly ImportField[];

export type MemberFieldKey = (typeof MEMBER_FIELDS)[number]['key'];

export type Target = 'organizations' | 'members';

/** Written in the template's example rows; rows carrying it are skipped on import. */
export const EXAMPLE_MARK = 'dòng ví dụ, xóa hoặc để nguyên đều được';

export function fieldsOf(target: Target): readonly ImportField[] {
  return target === 'organizations' ? ORGANIZATION_FIELDS : MEMBER_FIELDS;
}

export function fieldLabelOf(target: Target, key: string): string {
  return fieldsOf(target).find((f) => f.key === key)?.label ?? key;
}

// ───────────────────────────── Headers → fields ─────────────────────────────

/** Column index → field key (absent: the column is ignored). */
export type ColumnMapping = Record<number, string>;

/** Headers that are never data (row numbers, remarks). */
const IGNORED = new Set(['stt', 'tt', 'so tt', 'so thu tu', 'ghi chu']);

const withoutParentheses = (h: string) => h.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');

/** How well a header names a field: its label or a synonym exactly, once "(…)" is dropped, or containing one. */
function score(header: string, field: ImportField): number {
  const exact = fold(header);
  if (!exact) return 0;
  // The field's own label (the template's header) names it best.
  if (exact === fold(field.label)) return 31;
  if (field.synonyms.includes(exact)) return 30 - field.synonyms.indexOf(exact) / 100;
  const bare = fold(withoutParentheses(header));
  if (bare && field.synonyms.includes(bare)) return 20 - field.synonyms.indexOf(bare) / 100;
  let best = 0;
  for (const s of field.synonyms) {
    // Whole words only, and only synonyms of two words or more ("ten" alone is in too many headers).
    if (s.includes(' ') && ` ${bare} `.includes(` ${s} `)) best = Math.max(best, 10 + s.length / 100);
  }
  return best;
}

/**
 * The mapping suggested for a row of headers: each field goes to the column that names it best,
 * each column to at most one field. `remembered` (folded header → field, from the user's earlier
 * imports) wins over the synonyms.
 */
export function suggestMapping(headers: readonly string[], target: Target, remembered: Readonly<Record<string, string>> = {}): ColumnMapping {
  const fields = fieldsOf(target);
  const known = new Set(fields.map((f) => f.key));
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  headers.forEach((h, col) => {
    const key = remembered[fold(h)];
    if (key && known.has(key) && !taken.has(key)) {
      mapping[col] = key;
      taken.add(key);
    }
  });
  const candidates: { col: number; key: string; score: number }[] = [];
  headers.forEach((h, col) => {
    if (mapping[col] !== undefined || IGNORED.has(fold(h))) return;
    for (const f of fields) {
      const s = score(h, f);
      if (s > 0) candidates.push({ col, key: f.key, score: s });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  for (const c of candidates) {
    if (mapping[c.col] !== undefined || taken.has(c.key)) continue;
    mapping[c.col] = c.key;
    taken.add(c.key);
  }
  return mapping;
}

/** Number of headers in a row that name some field: how header-like the row is. */
export function headerMatches(row: readonly string[], target: Target): number {
  return Object.keys(suggestMapping(row, target)).length;
}

/**
 * The header row of a sheet: commune lists often start with a title ("DANH SÁCH HỢP TÁC XÃ …"),
 * a blank line or two, then the headers. The row among the first 20 that names the most fields.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[], target: Target): number {
  let best = 0;
  let bestScore = 0;
  const limit = Math.min(rows.length, 20);
  for (let r = 0; r < limit; r++) {
    const s = headerMatches(rows[r] ?? [], target);
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  if (bestScore > 0) return best;
  const firstFilled = rows.findIndex((row) => row.some((c) => c.trim() !== ''));
  return Math.max(0, firstFilled);
}

/**
 * The signature of a header row, to remember a user's mapping for "the same kind of file": the
 * folded headers joined. Files from the same commune's template share it.
 */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(fold).join('|').slice(0, 2000);
}

/** Money columns whose header gives a unit: "(triệu đồng)" means values × 1,000,000. */
export function moneyMultiplier(header: string): bigint {
  const h = fold(header);
  if (/\bty (dong|d)\b/.test(h) || /\bty\b/.test(h)) return 1_000_000_000n;
  if (/\btrieu (dong|d)?\b/.test(h) || /\btr d\b/.test(h) || /\btrd\b/.test(h)) return 1_000_000n;
  if (/\b(nghin|ngan) (dong|d)\b/.test(h) || /\b1 000 (dong|d)\b/.test(h)) return 1_000n;
  return 1n;
}

/** "Dòng 3, cột D" as the preview prints a cell. */
export function describeMultiplier(multiplier: bigint): string | null {
  if (multiplier === 1_000_000_000n) return 'tỷ đồng';
  if (multiplier === 1_000_000n) return 'triệu đồng';
  if (multiplier === 1_000n) return 'nghìn đồng';
  return null;
}
