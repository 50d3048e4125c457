import { describe, expect, it } from 'vitest';

import { actionLabel, auditChanges, collectAuditRefs, entityLabel, fieldLabel, formatAuditValue } from '@/lib/audit-log/format';

const refs = {
  users: new Map([[3, 'Lê Văn Phúc']]),
  units: new Map([
    [12, 'Xã Giồng Riềng'],
    [13, 'Xã Hòn Đất'],
  ]),
};

describe('audit labels', () => {
  it('names entities, actions and fields in Vietnamese, falling back to the code', () => {
    expect(entityLabel('AdministrativeUnit')).toBe('Đơn vị hành chính');
    expect(entityLabel('Unknown')).toBe('Unknown');
    expect(actionLabel('unit.merge')).toBe('Sáp nhập đơn vị');
    expect(actionLabel('organization.update', 'Organization')).toBe('Sửa tổ chức');
    expect(actionLabel('something.odd')).toBe('something.odd');
    expect(fieldLabel('User', 'name')).toBe('Họ và tên');
    expect(fieldLabel('AdministrativeUnit', 'name')).toBe('Tên');
    expect(fieldLabel('Organization', 'charterCapital')).toBe('Vốn điều lệ');
  });
});

describe('audit values', () => {
  it('formats dates, moments, money, areas, booleans, enums and empty values', () => {
    expect(formatAuditValue('AdministrativeUnit', 'validTo', '2025-06-30T00:00:00.000Z')).toBe('30/06/2025');
    expect(formatAuditValue('AdministrativeUnit', 'validTo', null)).toBe('Chưa đóng');
    expect(formatAuditValue('Feedback', 'repliedAt', '2026-11-23T01:05:00.000Z')).toBe('23/11/2026 08:05');
    expect(formatAuditValue('Organization', 'charterCapital', '412296737000')).toBe('412.296.737.000 đồng');
    expect(formatAuditValue('OrganizationReport', 'landAreaHa', '66807.5')).toBe('66.807,50 ha');
    expect(formatAuditValue('Feedback', 'replyPublished', true)).toBe('Có');
    expect(formatAuditValue('User', 'role', 'DISTRICT_OFFICER')).toBe('Cán bộ cấp xã/huyện');
    expect(formatAuditValue('Feedback', 'status', 'ANSWERED')).toBe('Đã trả lời');
    expect(formatAuditValue('Organization', 'status', 'DISSOLVED')).toBe('Đã giải thể');
    expect(formatAuditValue('Organization', 'name', '')).toBe('(trống)');
    expect(formatAuditValue('User', 'unitId', null)).toBe('Toàn tỉnh');
    expect(formatAuditValue('UnitSuccession', 'share', '0.405')).toBe('40,5%');
    expect(formatAuditValue('Article', 'body', 'x'.repeat(1000))).toHaveLength(401);
  });

  it('names the users and units an id points at', () => {
    expect(formatAuditValue('User', 'unitId', 12, refs)).toBe('Xã Giồng Riềng');
    expect(formatAuditValue('Feedback', 'assignedToId', 3, refs)).toBe('Lê Văn Phúc');
    expect(formatAuditValue('AdministrativeUnit', 'predecessorIds', [12, 13], refs)).toBe('Xã Giồng Riềng, Xã Hòn Đất');
    expect(formatAuditValue('AdministrativeUnit', 'successorId', 99, refs)).toBe('#99');
    // An organization's successor is an organization, not a unit.
    expect(formatAuditValue('Organization', 'successorId', 12, refs)).toBe('12');
  });

  it('lists every field of a change with both sides', () => {
    expect(auditChanges('User', { name: 'A', unitId: null }, { name: 'B', unitId: 12 }, refs)).toEqual([
      { field: 'name', label: 'Họ và tên', before: 'A', after: 'B' },
      { field: 'unitId', label: 'Địa bàn phụ trách', before: 'Toàn tỉnh', after: 'Xã Giồng Riềng' },
    ]);
    expect(auditChanges('AdministrativeUnit', null, { code: '30040' })).toEqual([{ field: 'code', label: 'Mã', before: null, after: '30040' }]);
    expect(auditChanges('User', null, null)).toEqual([]);
  });

  it('collects referenced ids', () => {
    expect(
      collectAuditRefs([
        { entity: 'Feedback', before: { assignedToId: null }, after: { assignedToId: 3 } },
        { entity: 'AdministrativeUnit', before: null, after: { predecessorIds: [12, 13], successorId: 14 } },
        { entity: 'Organization', before: { unitId: 12 }, after: { unitId: 15, successorId: 99 } },
      ]),
    ).toEqual({ userIds: [3], unitIds: [12, 13, 14, 15] });
  });
});
