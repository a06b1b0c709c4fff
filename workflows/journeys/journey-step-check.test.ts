import { describe, it, expect } from 'vitest';
import { checkStepFields, maxStepMinutes } from './journey-step-check.ts';

const refs = { documentIds: new Set(['doc.passport', 'doc.national_id']), entityCodes: new Set(['MOI', 'MOH']) };
const good = {
  id: 's1',
  title: { ar: 'تقديم الطلب', en: 'Submit the application' },
  channel: 'counter',
  entityId: 'MOI',
  visitRequired: true,
  documentIds: ['doc.passport'],
  waitingMinutes: 30,
  handlingMinutes: 10,
  fee: 100,
  painPoints: [{ id: 'p1', text: { ar: 'انتظار طويل', en: 'Long wait' } }],
  emotion: -1,
  backstage: false,
};

describe('checkStepFields', () => {
  it('accepts a complete step', () => {
    expect(checkStepFields(good, refs)).toEqual([]);
  });

  it('names every bad field with its own reason', () => {
    const bad = {
      ...good,
      title: { ar: ' ', en: 'ok' },
      channel: 'fax',
      entityId: 'XYZ',
      documentIds: ['doc.passport', 'doc.unknown', 'doc.passport'],
      waitingMinutes: -5,
      handlingMinutes: maxStepMinutes + 1,
      fee: null,
      painPoints: [{ id: 'p1', text: { ar: 'ألم', en: '' } }],
      emotion: 3,
    };
    expect(checkStepFields(bad, refs)).toEqual([
      { field: 'title.ar', messageKey: 'required' },
      { field: 'channel', messageKey: 'unknown_channel' },
      { field: 'entityId', messageKey: 'unknown_entity' },
      { field: 'waitingMinutes', messageKey: 'negative' },
      { field: 'handlingMinutes', messageKey: 'too_large' },
      { field: 'fee', messageKey: 'number_required' },
      { field: 'emotion', messageKey: 'emotion_range' },
      { field: 'documentIds.1', messageKey: 'unknown_document' },
      { field: 'documentIds.2', messageKey: 'duplicate_document' },
      { field: 'painPoints.0.text.en', messageKey: 'required' },
    ]);
  });

  it('refuses a backstage step that asks the customer to visit, and a half emotion', () => {
    expect(checkStepFields({ ...good, backstage: true, emotion: 0.5 }, refs)).toEqual([
      { field: 'visitRequired', messageKey: 'backstage_visit' },
      { field: 'emotion', messageKey: 'emotion_range' },
    ]);
  });
});
