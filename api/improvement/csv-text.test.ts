import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-text.ts';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, leaves the rest bare, and starts with a BOM', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], [1, null], ['سطر\nثان', 'ok']])).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n1,\r\n"سطر\nثان",ok\r\n');
  });
});
