import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import type { FieldProblem } from '../../workflows/registry/field-problem.ts';

/**
 * Refuses with every problem as a validation issue (path + message key), the shape
 * api/trpc/error-shape.ts sends as `issues`: the web puts each one beside its field, and the
 * first key becomes the translated message. Throw before writing anything.
 */
export function refuseWithProblems(problems: readonly FieldProblem[]): never {
  throw new TRPCError({
    code: 'BAD_REQUEST',
    message: problems[0]?.messageKey ?? 'errors.validation',
    cause: Object.assign(new Error('invalid administration input'), {
      issues: problems.map((p) => ({ path: p.path === '' ? [] : p.path.split('.'), message: p.messageKey })),
    }),
  });
}

export function assertNoProblems(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) refuseWithProblems(problems);
}

/** Rules of the domain schemas that name their own reason (workflows/journeys/service-definition.ts). */
const domainReasons: Record<string, FieldProblem['messageKey']> = {
  'service.sla_same_entity': 'errors.registry.slaSameEntity',
};

/** Zod's issues as field problems; a message that is not one of ours reads as "missing or not valid". */
export function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    messageKey: issue.message.startsWith('errors.registry.')
      ? (issue.message as FieldProblem['messageKey'])
      : (domainReasons[issue.message] ?? 'errors.registry.invalid'),
  }));
}

/** Parses `input` or refuses with every issue, path by path. */
export function parseOrRefuse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) refuseWithProblems(zodProblems(parsed.error));
  return parsed.data;
}
