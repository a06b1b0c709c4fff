import type { PayloadIssue } from '../../engine/workflow/errors.ts';

/**
 * PostgreSQL text cannot hold U+0000: a NUL in any input would reach the database as an error (a 500).
 * So a call whose input carries one is refused up front as a validation error, naming where it was.
 */

/** Where in a JSON value a string holds U+0000 (key or value), as dotted paths. */
function nulPaths(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (found.length >= 10) return found;
  if (typeof value === 'string') {
    if (value.includes('\0')) found.push(path.join('.'));
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) nulPaths(item, [...path, String(i)], found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\0')) found.push([...path, key].join('.'));
      nulPaths(item, [...path, key], found);
    }
  }
  return found;
}

/** The issues for a JSON text whose strings carry U+0000; none when it has none (or is not JSON: tRPC says so). */
export function nulIssues(json: string): PayloadIssue[] {
  // Cheap test first: a NUL is either raw (invalid JSON anyway) or written as the \u0000 escape.
  if (!json.includes('\0') && !/\\u0000/i.test(json)) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  return nulPaths(value).map((path) => ({ path, message: 'must not contain the NUL character (U+0000)' }));
}
