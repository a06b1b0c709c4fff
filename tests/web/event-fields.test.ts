import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldsOf, payloadOf, splitList } from '../../web/pages/instance/event-fields.ts';

// The schemas as the API sends them: zod's own JSON Schema of an event payload.
const schemaOf = (payload: z.ZodType) => z.toJSONSchema(payload, { io: 'input' });

describe('event form fields from a payload schema', () => {
  it('reads each kind of simple field with its bounds', () => {
    const fields = fieldsOf(
      schemaOf(
        z.object({
          reason: z.string().min(1).max(2000),
          lane: z.string().min(1).max(40),
          progress: z.number().int().min(0).max(100),
          frameworkVersion: z.number().int().positive(),
          anonymous: z.boolean(),
          decision: z.enum(['upheld', 'rejected']),
          dueAt: z.iso.datetime(),
          mergedIds: z.array(z.string().min(1)),
          step: z.string().max(80).nullable(),
          comment: z.string().max(2000).optional(),
        }),
      ),
    );
    expect(fields).toEqual([
      { name: 'reason', kind: 'text', required: true, nullable: false, maxLength: 2000 },
      { name: 'lane', kind: 'string', required: true, nullable: false, maxLength: 40 },
      { name: 'progress', kind: 'integer', required: true, nullable: false, min: 0, max: 100 },
      // positive() is exclusiveMinimum 0: the first integer allowed is 1; z.int()'s safe-integer bound is no limit.
      { name: 'frameworkVersion', kind: 'integer', required: true, nullable: false, min: 1, max: undefined },
      { name: 'anonymous', kind: 'boolean', required: true, nullable: false },
      { name: 'decision', kind: 'enum', required: true, nullable: false, options: ['upheld', 'rejected'] },
      { name: 'dueAt', kind: 'datetime', required: true, nullable: false },
      { name: 'mergedIds', kind: 'list', required: true, nullable: false },
      { name: 'step', kind: 'string', required: true, nullable: true, maxLength: 80 },
      { name: 'comment', kind: 'text', required: false, nullable: false, maxLength: 2000 },
    ]);
  });

  it('gives no form for a payload it cannot express (a nested object)', () => {
    expect(fieldsOf(schemaOf(z.object({ rules: z.object({ budget: z.number() }) })))).toBeNull();
    expect(fieldsOf(schemaOf(z.object({ items: z.array(z.object({ id: z.string() })) })))).toBeNull();
    expect(fieldsOf(null)).toBeNull();
    expect(fieldsOf(schemaOf(z.object({})))).toEqual([]);
  });

  it('turns the controls into the payload the server validates', () => {
    const fields = fieldsOf(
      schemaOf(
        z.object({
          reason: z.string(),
          progress: z.number().int(),
          dueAt: z.iso.datetime(),
          ids: z.array(z.string()),
          step: z.string().nullable(),
          comment: z.string().optional(),
          done: z.boolean(),
        }),
      ),
    )!;
    // 2026-06-01T12:30 typed in local time is that instant in UTC, whatever the test machine's zone.
    const local = '2026-06-01T12:30';
    expect(
      payloadOf(fields, { reason: '  late evidence ', progress: '40', dueAt: local, ids: 'a, b\nc,,', step: '', comment: '', done: true }),
    ).toEqual({
      reason: 'late evidence',
      progress: 40,
      dueAt: new Date(local).toISOString(),
      ids: ['a', 'b', 'c'],
      step: null,
      done: true,
    });
    // Empty required text is left out, so the server names it as missing.
    expect(payloadOf(fields, { reason: ' ', progress: '', dueAt: '', ids: '', step: 'x', comment: 'ok', done: false })).toEqual({
      ids: [],
      step: 'x',
      comment: 'ok',
      done: false,
    });
  });

  it('splits a list on lines, Latin and Arabic commas', () => {
    expect(splitList('أ، ب\n c ,')).toEqual(['أ', 'ب', 'c']);
  });
});
