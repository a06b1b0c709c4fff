import { z } from 'zod';
import { requiredText } from '../trpc/inputs.ts';

/** Strengths or areas for improvement for one node: short statements, one per entry. */
export const statementList = z.array(requiredText(2000)).max(30).default([]);

export function statements(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
