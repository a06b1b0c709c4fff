import { AppError } from './app-error.ts';

/** Deeper than any form or document of the product (a framework's criteria tree is ~25). */
export const maxInputDepth = 64;

/**
 * NUL and lone UTF-16 surrogates: PostgreSQL text and jsonb refuse the first, jsonb the
 * second (and a UTF-8 driver would silently replace it), so neither may reach a query.
 */
const unstorable = /[\u0000\p{Cs}]/u;
/** The same test, fast enough for a 200 MB upload: a cheap scan first, the exact one only on a hit. */
const maybeUnstorable = /[\u0000\uD800-\uDFFF]/;
const isWellFormed = (text: string): boolean => (text as string & { isWellFormed(): boolean }).isWellFormed();

function hasUnstorable(text: string): boolean {
  return maybeUnstorable.test(text) && (text.includes('\u0000') || !isWellFormed(text));
}

export interface InputProblem {
  messageKey: 'errors.text.invalidCharacter' | 'errors.input.tooDeep';
  /** Dotted path to the value, as validation issues name it (`payload.comment`, `csv`). */
  path: string;
  /** The line of the text (a CSV file has many) the character is on. */
  line?: number;
}

function lineOf(text: string): number {
  const at = text.search(unstorable);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The first part of a request's raw input that no procedure could store or safely walk:
 * text with NUL or a lone surrogate (in a value or a key), or nesting beyond
 * `maxInputDepth`. Iterative, so a hostile 100,000-level document cannot overflow the stack.
 */
export function findInputProblem(input: unknown): InputProblem | null {
  const stack: { value: unknown; path: string[]; depth: number }[] = [{ value: input, path: [], depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (hasUnstorable(value)) return { messageKey: 'errors.text.invalidCharacter', path: path.join('.'), line: lineOf(value) };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxInputDepth) return { messageKey: 'errors.input.tooDeep', path: path.join('.') };
    for (const [key, child] of Object.entries(value)) {
      if (hasUnstorable(key))
        return { messageKey: 'errors.text.invalidCharacter', path: [...path, key.replace(/[\u0000\p{Cs}]/gu, '?')].join('.'), line: 1 };
      stack.push({ value: child, path: [...path, key], depth: depth + 1 });
    }
  }
  return null;
}

/** Throws the translated refusal for `findInputProblem`'s answer, if any. */
export function assertStorableInput(input: unknown): void {
  const problem = findInputProblem(input);
  if (!problem) return;
  const params: Record<string, string | number> = { path: problem.path };
  if (problem.line !== undefined) params.line = problem.line;
  throw new AppError('BAD_REQUEST', problem.messageKey, params);
}
