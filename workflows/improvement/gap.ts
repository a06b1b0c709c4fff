import { z } from 'zod';

/** Where a gap was first noticed. One register holds all four kinds. */
export const gapSourceKinds = [
  'assessment_afi',
  'mystery_shopper_finding',
  'workshop_pain_point',
  'journey_difference',
  'consultation',
  'command_centre',
] as const;
export type GapSourceKind = (typeof gapSourceKinds)[number];

/** Ordered from least to most severe: the index is the sort weight. */
export const gapSeverities = ['low', 'medium', 'high', 'critical'] as const;
export type GapSeverity = (typeof gapSeverities)[number];

export const gapStatuses = ['open', 'in_progress', 'closed', 'merged'] as const;
export type GapStatus = (typeof gapStatuses)[number];

const id = z.string().min(1);

/**
 * A link back to the record that raised the gap. `containerId` is the record that holds
 * the item (assessment, mystery-shopper visit, workshop, journey) and `itemId` the item
 * itself (area for improvement, finding, pain point, as-is/to-be difference).
 */
export const gapSourceSchema = z.object({
  kind: z.enum(gapSourceKinds),
  containerId: id,
  itemId: id,
});
export type GapSource = z.infer<typeof gapSourceSchema>;

export const gapSchema = z
  .object({
    id,
    /** Human reference such as "GAP-2026-0042"; unique per programme. */
    code: z.string().min(1).max(40),
    title: z.string().trim().min(1).max(300),
    description: z.string().max(5000).default(''),
    entityId: id,
    /** Framework criterion code (e.g. "2.3"); null while nobody has mapped it. */
    criterionCode: z.string().min(1).nullable(),
    severity: z.enum(gapSeverities),
    /** User id of the person answerable for closing the gap. */
    ownerId: id.nullable(),
    status: z.enum(gapStatuses),
    /** The first link is the primary source; merging appends the duplicate's links. */
    sources: z.array(gapSourceSchema).min(1),
    /** Set only when status is 'merged': the gap that absorbed this one. */
    mergedIntoId: id.nullable(),
    raisedAt: z.iso.datetime({ offset: true }),
    closedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .refine((g) => (g.status === 'merged') === (g.mergedIntoId !== null), {
    message: 'improvement.gap.mergedIntoRequiredIffMerged',
    path: ['mergedIntoId'],
  });
export type Gap = z.infer<typeof gapSchema>;

/** What a person or an upstream module supplies to raise a gap; the register fills in the rest. */
export const raiseGapInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  description: z.string().max(5000).default(''),
  entityId: id,
  criterionCode: z.string().min(1).nullable().default(null),
  severity: z.enum(gapSeverities),
  ownerId: id.nullable().default(null),
  source: gapSourceSchema,
});
export type RaiseGapInput = z.input<typeof raiseGapInputSchema>;

/** A new open gap; id, code and time come from the caller so this stays pure. */
export function raiseGap(input: RaiseGapInput, ids: { id: string; code: string }, at: string): Gap {
  const { source, ...fields } = raiseGapInputSchema.parse(input);
  return gapSchema.parse({
    ...fields,
    ...ids,
    status: 'open',
    sources: [source],
    mergedIntoId: null,
    raisedAt: at,
    closedAt: null,
  });
}

export function severityWeight(severity: GapSeverity): number {
  return gapSeverities.indexOf(severity);
}

export function primarySource(gap: Pick<Gap, 'sources'>): GapSource {
  const first = gap.sources[0];
  // The schema guarantees one source; a hand-built object without one is a programming error.
  if (!first) throw new Error('gap without a source');
  return first;
}

/** Open and in-progress gaps still need work; closed and merged ones do not. */
export function isGapActive(gap: Pick<Gap, 'status'>): boolean {
  return gap.status === 'open' || gap.status === 'in_progress';
}
