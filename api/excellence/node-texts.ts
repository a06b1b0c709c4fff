import { z } from 'zod';

/** Strengths or areas for improvement for one node: short statements, one per entry. */
export const statementList = z.array(z.string().trim().min(1).max(2000)).max(30).default([]);

export function statements(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
