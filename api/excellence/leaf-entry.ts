import { z } from 'zod';
import { AppError } from '../trpc/app-error.ts';
import { findNode, isLeaf } from '../../workflows/excellence/framework-nodes.ts';
import { leafPercent } from '../../workflows/excellence/leaf-score.ts';
import type { LeafEntry } from '../../workflows/excellence/leaf-score.ts';
import type { Framework } from '../../workflows/excellence/framework-schema.ts';

/** What a client sends for one leaf; checked against the node's method by `entryPercent`. */
export const leafEntryInput = z.discriminatedUnion('method', [
  z.object({ method: z.literal('bands'), score: z.number().nullable() }),
  z.object({ method: z.literal('attributes'), scores: z.record(z.string(), z.number().nullable()) }),
  z.object({ method: z.literal('checklist'), answers: z.record(z.string(), z.enum(['yes', 'partly', 'no', 'not_applicable'])) }),
]);

/**
 * The leaf's percent (null = not applicable), or a translated refusal naming the node when
 * the node is unknown, not a leaf, or the entry does not fit its scoring method.
 */
export function entryPercent(fw: Framework, nodeCode: string, entry: LeafEntry): number | null {
  const node = findNode(fw, nodeCode);
  if (!node) throw new AppError('BAD_REQUEST', 'errors.excellence.unknownNode', { node: nodeCode });
  if (!isLeaf(node)) throw new AppError('BAD_REQUEST', 'errors.excellence.notALeaf', { node: nodeCode });
  try {
    return leafPercent(fw, node, entry);
  } catch {
    throw new AppError('BAD_REQUEST', 'errors.excellence.invalidScore', { node: nodeCode });
  }
}
