import fc from 'fast-check';

/** Single characters that have broken parsers and databases before: quotes, separators, NUL, lone surrogates, bidi and zero-width marks. */
const trickyCharacter = fc.constantFrom(
  '"',
  "'",
  ',',
  ';',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\u0000',
  '\u0007',
  '\uD800',
  '\uDFFF',
  '\u200B',
  '\u202E',
  '\uFEFF',
  '\\',
  ' ',
  'a',
  'ع',
  '٣',
  '=',
  '@',
  '+',
  '-',
  '😀',
);

/** Whole strings that have: formula starts, numbers too large for any column, prototype names, broken escapes. */
const trickyString = fc.constantFrom(
  '',
  '   ',
  '=HYPERLINK("http://evil.example","x")',
  '@SUM(1+1)',
  '9'.repeat(400),
  '1e309',
  '-0',
  'NaN',
  'Infinity',
  '__proto__',
  'constructor',
  'toString',
  '%E0%A4%A',
  '\u202E\u2066\u200F',
  'a\u0000b',
  'x\uD800y',
);

/** Text from anywhere in Unicode, weighted toward the characters that break things. */
export const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: trickyCharacter, maxLength: 20 }),
  trickyString,
);

/** Numbers a schema must bound: huge, tiny, negative zero, beyond 2^53 (NaN and Infinity travel as null in JSON). */
export const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -(2 ** 63), -0, 5e-324, 1e21, 0.1 + 0.2),
);

/** Any JSON value of a few levels, with hostile keys, text and numbers: the wrong type anywhere. */
export const hostileValue: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  maxKeys: 4,
  key: hostileText,
  values: [hostileText, hostileNumber, fc.boolean(), fc.constant(null)],
});

/** JSON text of a value nested `depth` levels, built as text: JSON.stringify itself recurses. */
export function nestedJson(depth: number, leaf = '"leaf"'): string {
  return '{"d":'.repeat(depth) + leaf + '}'.repeat(depth);
}

/** Depths around the request limit and far beyond it. */
export const hostileDepth = fc.constantFrom(1, 10, 63, 64, 65, 500, 5000, 100_000);
