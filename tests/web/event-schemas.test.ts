import { describe, expect, it } from 'vitest';
import { productRegistry } from '../../api/workflow-registry.ts';
import { payloadSchema } from '../../api/workflows/router.ts';
import { fieldsOf } from '../../web/pages/instance/event-fields.ts';

describe("the product's event payloads as forms", () => {
  const registry = productRegistry();
  const events = registry.kinds().flatMap((kind) => {
    const def = registry.latest(kind);
    return Object.keys(def.events).map((type) => ({ kind, type, schema: payloadSchema(def, type) }));
  });

  it('converts every payload schema, without the long ISO patterns', () => {
    for (const e of events) {
      expect(e.schema, `${e.kind}.${e.type}`).not.toBeNull();
      expect(JSON.stringify(e.schema)).not.toContain('"pattern"');
    }
  });

  it('draws a form for every flat payload; only nested ones are sent without a form', () => {
    const withoutForm = events.filter((e) => fieldsOf(e.schema) === null).map((e) => `${e.kind}.${e.type}`);
    // Nested objects or lists of objects: the workshop console and the shopper's phone form edit these with their own screens.
    expect(withoutForm.sort()).toEqual([
      'mystery_shopper_visit.SUBMIT',
      'workshop.ADD_PARTICIPANT',
      'workshop.SET_DESIGN',
      'workshop.SET_VOTE_RULES',
    ]);
    const extend = events.find((e) => e.kind === 'excellence_assessment' && e.type === 'EXTEND_SELF_ASSESSMENT')!;
    expect(fieldsOf(extend.schema)?.map((f) => [f.name, f.kind, f.required])).toEqual([
      ['dueAt', 'datetime', true],
      ['reason', 'text', true],
    ]);
  });
});
