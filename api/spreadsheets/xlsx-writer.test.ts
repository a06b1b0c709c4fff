import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './xlsx-writer.ts';

describe('toXlsx', () => {
  it('keeps numbers as numbers and neutralises text that would start a formula', async () => {
    const bytes = await toXlsx(
      ['name', 'points'],
      [
        ['=HYPERLINK("http://evil.example","Open")', -5],
        ['@cmd', 2.5],
        ['plain', null],
      ],
      { sheet: 'scores', rightToLeft: true },
    );
    const files = unzipSync(new Uint8Array(bytes));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const strings = strFromU8(files['xl/sharedStrings.xml']!);
    expect(sheet).toContain('rightToLeft="1"');
    expect(sheet).toContain('<v>-5</v>');
    expect(sheet).toContain('<v>2.5</v>');
    expect(sheet).not.toContain('<f>');
    expect(strings).toContain('<t>\'=HYPERLINK("http://evil.example","Open")</t>');
    expect(strings).toContain("<t>'@cmd</t>");
    expect(strings).toContain('<t>plain</t>');
  });
});
