import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptRow } from '../../workflows/journeys/cx-import-fast-rows.ts';
import { cxChannels, cxImportKinds, cxImportSchemas, type CxImportKind } from '../../workflows/journeys/cx-import-rows.ts';

/**
 * The import's hand-written row check stands in for the zod schemas on the hot path: it
 * must accept exactly the rows they accept, with the same parsed value, and refuse the rest.
 */
const pad = fc.constantFrom('', '', '', '', '', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u200b', '\u200f');
const padded = (inner: fc.Arbitrary<string>) => fc.tuple(pad, inner, pad).map(([a, v, b]) => a + v + b);
const awkward = fc.constantFrom(
  '',
  ' ',
  '\u200b',
  '\u200f\u200e',
  '\u064e',
  '\u0000',
  'a\u0000b',
  'x\u0007y',
  'a\u0085b',
  'a\u2028b',
  'تعليق',
  'a\tb\nc',
);
const anyCell = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 12 }), awkward);

const code = padded(
  fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,44}$/),
    fc.constantFrom('_x', '-1', 'MOI CR', 'كود', 'A'.repeat(40), 'A'.repeat(41)),
  ),
);
const channel = padded(
  fc.oneof(
    fc.constantFrom(...cxChannels),
    fc.constantFrom(...cxChannels).map((c) => c.toUpperCase()),
    fc.constantFrom('\u212Aiosk', 'İ', 'e-mail', 'Web', 'social media'),
  ),
);
const date = padded(
  fc.oneof(
    fc
      .date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom('2026-02-29', '2024-02-29', '2026-13-01', '2026-1-01', '20260101', '2026-04-31'),
  ),
);
const number = padded(
  fc.oneof(
    fc.integer({ min: -3, max: 8 }).map(String),
    fc.integer({ min: 1, max: 5 }).map(String),
    fc.float({ min: 0, max: 1000, noNaN: true }).map(String),
    fc.double({ noNaN: false }).map(String),
    fc.stringMatching(/^-?\d{1,20}(\.\d{1,6})?$/),
    fc.constantFrom(
      '1'.repeat(400),
      `${'9'.repeat(320)}.5`,
      '9007199254740991',
      '9007199254740993',
      '-0',
      '-0.0',
      '5.0',
      '1e3',
      '0x10',
      '.5',
      '5.',
      '+1',
      '٣',
    ),
  ),
);
const text = (max: number) =>
  padded(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom('a'.repeat(max - 1), 'a'.repeat(max), 'a'.repeat(max + 1), 'ب'.repeat(max), '😀'.repeat(max / 2 + 1)),
    ),
  );

const minutes = fc.oneof(
  { arbitrary: padded(fc.float({ min: 0, max: 500, noNaN: true, noDefaultInfinity: true }).map((n) => n.toFixed(2))), weight: 4 },
  { arbitrary: number, weight: 1 },
);

const columns: Record<CxImportKind, Record<string, fc.Arbitrary<string>>> = {
  complaints: { service_code: code, channel, date, category: text(100), text: text(4000) },
  survey_answers: {
    service_code: code,
    centre_code: code,
    channel,
    satisfaction: fc.oneof({ arbitrary: padded(fc.integer({ min: 1, max: 5 }).map(String)), weight: 4 }, { arbitrary: number, weight: 1 }),
    date,
  },
  centre_operations: {
    centre_code: code,
    date,
    transactions_served: fc.oneof({ arbitrary: padded(fc.nat().map(String)), weight: 4 }, { arbitrary: number, weight: 1 }),
    average_wait_minutes: minutes,
    average_service_minutes: minutes,
  },
};

/** Each cell mostly near-valid for its column, sometimes anything at all, missing, or not a string. */
const rowOf = (kind: CxImportKind) =>
  fc.record(
    Object.fromEntries(
      Object.entries(columns[kind]).map(([name, good]) => [
        name,
        fc.oneof(
          { arbitrary: good, weight: 30 },
          { arbitrary: anyCell, weight: 1 },
          { arbitrary: fc.constantFrom(undefined, 3, null, []), weight: 1 },
        ),
      ]),
    ),
  );

describe('the hand-written CX row check', () => {
  it.each(cxImportKinds)('accepts exactly what the %s schema accepts, with the same value', (kind) => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.oneof({ arbitrary: rowOf(kind), weight: 9 }, { arbitrary: fc.dictionary(fc.string(), anyCell), weight: 1 }),
        fc.dictionary(fc.string({ maxLength: 5 }), anyCell, { maxKeys: 2 }),
        (row, extra) => {
          const raw = { ...extra, ...row } as Record<string, string | undefined>;
          const schema = cxImportSchemas[kind].safeParse(raw);
          const fast = acceptRow(kind, raw);
          expect(fast !== undefined).toBe(schema.success);
          if (schema.success) {
            accepted++;
            expect(fast).toStrictEqual(schema.data);
          }
        },
      ),
      { numRuns: 5000 },
    );
    // The generators reach both sides of the line.
    expect(accepted).toBeGreaterThan(50);
    expect(accepted).toBeLessThan(4900);
  });
});
