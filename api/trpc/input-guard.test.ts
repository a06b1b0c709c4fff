import { describe, expect, it } from 'vitest';
import { findInputProblem, maxInputDepth } from './input-guard.ts';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { d: value };
  return value;
};

describe('findInputProblem', () => {
  it('accepts ordinary input, emoji and Arabic included', () => {
    expect(findInputProblem({ title: 'خطة 😀', rows: [{ a: 1, b: null, c: true }], csv: 'a,b\n1,2\n' })).toBeNull();
  });

  it('names the path and line of a NUL or a lone surrogate, in a value or a key', () => {
    expect(findInputProblem({ csv: 'a,b\n1,2\n3,\u0000\n' })).toEqual({ messageKey: 'errors.text.invalidCharacter', path: 'csv', line: 3 });
    expect(findInputProblem({ payload: { list: ['ok', 'x\uDC00'] } })).toEqual({
      messageKey: 'errors.text.invalidCharacter',
      path: 'payload.list.1',
      line: 1,
    });
    expect(findInputProblem({ payload: { 'k\u0000': 1 } })).toEqual({
      messageKey: 'errors.text.invalidCharacter',
      path: 'payload.k?',
      line: 1,
    });
    expect(findInputProblem('\uD83D')).toMatchObject({ messageKey: 'errors.text.invalidCharacter', path: '' });
  });

  it('refuses nesting beyond the limit, and walks 100,000 levels without overflowing', () => {
    expect(findInputProblem(nested(maxInputDepth))).toBeNull();
    expect(findInputProblem(nested(maxInputDepth + 1))).toMatchObject({ messageKey: 'errors.input.tooDeep' });
    expect(findInputProblem(nested(100_000))).toMatchObject({ messageKey: 'errors.input.tooDeep' });
  });
});
