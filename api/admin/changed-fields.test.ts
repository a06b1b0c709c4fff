import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changedFields } from './changed-fields.ts';

describe('changedFields', () => {
  it('lists only what differs, before and after', () => {
    expect(
      changedFields({ code: 'MOI', nameEn: 'Interior', roles: ['a'] }, { code: 'MOI', nameEn: 'Ministry of Interior', roles: ['a', 'b'] }),
    ).toEqual([
      { field: 'nameEn', before: 'Interior', after: 'Ministry of Interior' },
      { field: 'roles', before: ['a'], after: ['a', 'b'] },
    ]);
  });

  it('lists every field of a created or a deleted record', () => {
    expect(changedFields(null, { code: 'X', active: true })).toEqual([
      { field: 'code', before: null, after: 'X' },
      { field: 'active', before: null, after: true },
    ]);
    expect(changedFields({ code: 'X' }, null)).toEqual([{ field: 'code', before: 'X', after: null }]);
  });

  it('finds nothing between a record and itself, and every field it changed', () => {
    const record = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue());
    fc.assert(
      fc.property(record, record, (before, patch) => {
        expect(changedFields(before, before)).toEqual([]);
        const after = { ...before, ...patch };
        const changed = new Set(changedFields(before, after).map((c) => c.field));
        for (const key of Object.keys(patch)) expect(changed.has(key)).toBe(JSON.stringify(before[key]) !== JSON.stringify(patch[key]));
      }),
    );
  });
});
