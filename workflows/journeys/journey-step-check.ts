import { journeyChannels } from './journey-map.ts';

/** One problem with one field of a map step; `messageKey` is under `stepErrors.` in the journeys texts. */
export interface StepFieldProblem {
  /** Field of the step, e.g. `fee`, `title.ar`, `painPoints.1.text.en`, `documentIds.0`. */
  field: string;
  messageKey: string;
}

/** What a step may refer to: the catalogue's documents and the known entities. */
export interface StepReferences {
  documentIds: ReadonlySet<string>;
  entityCodes: ReadonlySet<string>;
}

/** A week of minutes: a longer wait or handling time at one step is a typing slip. */
export const maxStepMinutes = 7 * 24 * 60;
/** Fees above this at one step are a typing slip (the largest seeded fee is 2,000). */
export const maxStepFee = 1_000_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks every field a step holds and lists every problem, so the editor can show each
 * one beside its field. Takes unknown input: it runs before the schema parse.
 */
export function checkStepFields(step: unknown, refs: StepReferences): StepFieldProblem[] {
  const out: StepFieldProblem[] = [];
  const s = isRecord(step) ? step : {};
  const text = (field: string, v: unknown, max: number) => {
    if (typeof v !== 'string' || v.trim() === '') out.push({ field, messageKey: 'required' });
    else if (v.length > max) out.push({ field, messageKey: 'too_long' });
  };
  const title = isRecord(s.title) ? s.title : {};
  text('title.ar', title.ar, 200);
  text('title.en', title.en, 200);
  if (!journeyChannels.includes(s.channel as never)) out.push({ field: 'channel', messageKey: 'unknown_channel' });
  if (typeof s.entityId !== 'string' || !refs.entityCodes.has(s.entityId)) out.push({ field: 'entityId', messageKey: 'unknown_entity' });
  if (typeof s.visitRequired !== 'boolean') out.push({ field: 'visitRequired', messageKey: 'yes_or_no' });
  if (s.backstage !== undefined && typeof s.backstage !== 'boolean') out.push({ field: 'backstage', messageKey: 'yes_or_no' });
  // A backstage step happens out of the customer's sight: the customer cannot be asked to visit for it.
  if (s.backstage === true && s.visitRequired === true) out.push({ field: 'visitRequired', messageKey: 'backstage_visit' });
  const amount = (field: string, v: unknown, max: number, required: boolean) => {
    if (v === undefined && !required) return;
    if (typeof v !== 'number' || !Number.isFinite(v)) out.push({ field, messageKey: 'number_required' });
    else if (v < 0) out.push({ field, messageKey: 'negative' });
    else if (v > max) out.push({ field, messageKey: 'too_large' });
  };
  amount('waitingMinutes', s.waitingMinutes, maxStepMinutes, true);
  amount('handlingMinutes', s.handlingMinutes, maxStepMinutes, true);
  amount('fee', s.fee, maxStepFee, false);
  if (typeof s.emotion !== 'number' || !Number.isInteger(s.emotion) || s.emotion < -2 || s.emotion > 2)
    out.push({ field: 'emotion', messageKey: 'emotion_range' });
  if (s.documentIds !== undefined) {
    if (!Array.isArray(s.documentIds)) out.push({ field: 'documentIds', messageKey: 'unknown_document' });
    else {
      const seen = new Set<unknown>();
      s.documentIds.forEach((d, i) => {
        if (typeof d !== 'string' || !refs.documentIds.has(d)) out.push({ field: `documentIds.${i}`, messageKey: 'unknown_document' });
        else if (seen.has(d)) out.push({ field: `documentIds.${i}`, messageKey: 'duplicate_document' });
        seen.add(d);
      });
    }
  }
  if (s.painPoints !== undefined) {
    if (!Array.isArray(s.painPoints)) out.push({ field: 'painPoints', messageKey: 'required' });
    else
      s.painPoints.forEach((p, i) => {
        const t = isRecord(p) && isRecord(p.text) ? p.text : {};
        text(`painPoints.${i}.text.ar`, t.ar, 500);
        text(`painPoints.${i}.text.en`, t.en, 500);
      });
  }
  return out;
}
