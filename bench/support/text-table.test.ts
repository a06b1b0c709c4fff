import { describe, expect, it } from 'vitest';
import { textTable } from './text-table.ts';

describe('textTable', () => {
  it('pads each column to its widest cell, labels left and figures right', () => {
    // Column widths: max("name", "a", "long") = 4, max("n", "10", "2") = 2.
    expect(
      textTable(
        ['name', 'n'],
        [
          ['a', '10'],
          ['long', '2'],
        ],
      ),
    ).toBe(['name   n', '----  --', 'a     10', 'long   2'].join('\n'));
  });
});
