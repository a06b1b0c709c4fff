import { z } from 'zod';
import { requiredText, titleText } from '../text/user-text.ts';
import { bundleDesignSchema } from '../bundles/bundle-design.ts';
import { scoreValueSchema } from './prioritisation.ts';

/**
 * The shared board of a workshop, kept in the machine's context so that every change is
 * one audited event that live subscribers receive. Items hold ids and short texts only.
 */

const shortText = requiredText(280);
const idRef = z.string().min(1).max(64);

export const participantKinds = ['customer', 'entity_representative'] as const;

export const participantSchema = z.object({
  id: idRef,
  kind: z.enum(participantKinds),
  /** The representative's entity; null for customers. */
  entityId: idRef.nullable(),
  name: titleText(80),
  /** Removed participants keep their past contributions but can no longer act. */
  removed: z.boolean(),
});
export type Participant = z.infer<typeof participantSchema>;

export const ageGroups = ['under_18', '18_29', '30_44', '45_59', '60_plus'] as const;

export const personaFields = z.object({
  name: titleText(60),
  ageGroup: z.enum(ageGroups),
  situation: shortText,
  needs: z.array(titleText(120)).max(5),
});
export const painPointFields = z.object({
  text: shortText,
  /** The component service (and optionally the step) that hurts. */
  serviceId: idRef.nullable(),
  step: z.string().trim().max(80).nullable(),
});
export const quoteFields = z.object({ text: shortText, personaId: idRef.nullable() });
export const noteFields = z.object({ text: shortText, lane: titleText(40) });
export const ideaFields = z.object({ text: shortText, painPointIds: z.array(idRef).max(20) });
export const scoreFields = z.object({
  ideaId: idRef,
  customerValue: scoreValueSchema,
  governmentValue: scoreValueSchema,
  effort: scoreValueSchema,
});
export const dependencyKinds = ['legal_amendment', 'data_sharing_agreement', 'system_integration', 'other'] as const;
export const commitmentFields = z.object({
  entityId: idRef,
  action: shortText,
  owner: titleText(120),
  /** Calendar date, YYYY-MM-DD. */
  dueDate: z.iso.date(),
  /** Other commitments this one waits for (e.g. another entity's data-sharing agreement). */
  dependsOn: z.array(idRef).max(20),
  dependencyKind: z.enum(dependencyKinds).nullable(),
  ideaId: idRef.nullable(),
});

type Authored<T> = T & { id: string; by: string };

export type Persona = Authored<z.infer<typeof personaFields>>;
export type PainPoint = Authored<z.infer<typeof painPointFields>>;
export type Quote = Authored<z.infer<typeof quoteFields>>;
export type Note = Authored<z.infer<typeof noteFields>>;
export type Idea = Authored<z.infer<typeof ideaFields>> & {
  /** Set when the facilitator merged this idea into another; it then leaves tallies and rankings. */
  mergedInto: string | null;
};
/** One dot of dot voting. */
export interface Vote {
  ideaId: string;
  voterId: string;
}
export type Score = z.infer<typeof scoreFields> & { by: string; setByFacilitator: boolean };
export type Commitment = Authored<z.infer<typeof commitmentFields>>;

export const designFields = z.object({ design: bundleDesignSchema });

export interface WorkshopBoard {
  personas: Persona[];
  painPoints: PainPoint[];
  quotes: Quote[];
  notes: Note[];
  ideas: Idea[];
  votes: Vote[];
  scores: Score[];
  design: z.infer<typeof bundleDesignSchema> | null;
  /** Bumped on every SET_DESIGN so the bundle's redesign history can be versioned. */
  designVersion: number;
  commitments: Commitment[];
}

export const emptyBoard: WorkshopBoard = {
  personas: [],
  painPoints: [],
  quotes: [],
  notes: [],
  ideas: [],
  votes: [],
  scores: [],
  design: null,
  designVersion: 0,
  commitments: [],
};

/** Ideas still on the board (not merged away). */
export function liveIdeas(board: Pick<WorkshopBoard, 'ideas'>): Idea[] {
  return board.ideas.filter((i) => i.mergedInto === null);
}
