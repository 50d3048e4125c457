import { describe, expect, it } from 'vitest';

import { parseStatsParams, statsFilterOf, statsQueryString } from '@/lib/stats/params';

const TODAY = '2026-11-23';

describe('statistics filters in the URL', () => {
  it('defaults to today, the units of the time, approved reports, everything', () => {
    expect(parseStatsParams({}, TODAY)).toEqual({
      asOf: TODAY, unitMode: 'AT_THE_TIME', unitId: null, kind: null, sectorGroup: null, sector: null, includeUnapproved: false,
    });
    expect(statsQueryString(parseStatsParams({}, TODAY), TODAY)).toBe('');
  });

  it('reads every filter and writes the same URL back', () => {
    const query = '?ngay=2023-06-30&don-vi=12&quy-doi=hien-nay&loai=htx&nganh=thuy-san&chua-duyet=1';
    const params = parseStatsParams(new URLSearchParams(query), TODAY);
    expect(params).toEqual({
      asOf: '2023-06-30', unitMode: 'TODAY', unitId: 12, kind: 'COOPERATIVE', sectorGroup: null, sector: 'FISHERY', includeUnapproved: true,
    });
    expect(statsQueryString(params, TODAY)).toBe(query);
    expect(statsFilterOf(params, TODAY)).toMatchObject({ asOf: '2023-06-30', kinds: ['COOPERATIVE'], sectors: ['FISHERY'], sectorGroups: [], today: TODAY });
  });

  it('ignores what it does not understand, and dates after today', () => {
    const params = parseStatsParams({ ngay: '2023-02-30', 'don-vi': '-4', loai: 'x', nganh: ['__proto__'], 'quy-doi': 'nao' }, TODAY);
    expect(params).toMatchObject({ asOf: TODAY, unitId: null, kind: null, sector: null, unitMode: 'AT_THE_TIME' });
    expect(parseStatsParams({ ngay: '2027-01-01' }, TODAY).asOf).toBe(TODAY);
    expect(parseStatsParams({ 'don-vi': '99999999999' }, TODAY).unitId).toBeNull();
  });

  it('changes one filter for a drill-down link, keeping the others', () => {
    const params = parseStatsParams({ ngay: '2023-06-30', loai: 'tht' }, TODAY);
    expect(statsQueryString(params, TODAY, { unitId: 7 })).toBe('?ngay=2023-06-30&don-vi=7&loai=tht');
  });
});
