import { describe, expect, it } from 'vitest';

import { slugify } from '@/lib/format/slug';

describe('slugify', () => {
  it.each([
    ['Hợp tác xã Đồng Tâm', 'hop-tac-xa-dong-tam'],
    ['Nghị quyết số 20-NQ/TW ngày 16/6/2022', 'nghi-quyet-so-20-nq-tw-ngay-16-6-2022'],
    ['  Thông tư 01/2020/TT-BKHĐT  ', 'thong-tu-01-2020-tt-bkhdt'],
    ['Ưu đãi: HTX “kiểu mới”!', 'uu-dai-htx-kieu-moi'],
    ['ỨNG DỤNG CÔNG NGHỆ', 'ung-dung-cong-nghe'],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  it('returns an empty slug for text without letters or digits', () => {
    expect(slugify(' — ')).toBe('');
  });
});
