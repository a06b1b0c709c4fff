import { z } from 'zod';
import { AppError } from '../trpc/app-error.ts';
import { findNode, isLeaf } from '../../workflows/excellence/framework-nodes.ts';
import { leafPercent } from '../../workflows/excellence/leaf-score.ts';
import { leafEntryComplete } from '../../workflows/excellence/leaf-entry-complete.ts';
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
    // A leaf scored in part (some attributes not yet scored) is saved as work in progress:
    // its scores are checked, but it has no percent until every attribute is scored.
    if (entry.method === 'attributes' && !leafEntryComplete(fw, node, entry)) {
      const attributes = fw.scoring.attributes?.[node.kind] ?? [];
      const known = new Set(attributes.map((a) => a.code));
      if (Object.keys(entry.scores).some((code) => !known.has(code))) throw new RangeError('unknown attribute');
      leafPercent(fw, node, {
        method: 'attributes',
        scores: Object.fromEntries(attributes.map((a) => [a.code, entry.scores[a.code] ?? null])),
      });
      return null;
    }
    return leafPercent(fw, node, entry);
  } catch {
    throw new AppError('BAD_REQUEST', 'errors.excellence.invalidScore', { node: nodeCode });
  }
}
