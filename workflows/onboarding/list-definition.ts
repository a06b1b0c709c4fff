import type { z } from 'zod';
import type { OnboardingMessageKey } from './row-problem.ts';

/** The four lists an organisation brings in bulk. */
export const onboardingLists = ['entities', 'centres', 'people', 'services'] as const;
export type OnboardingList = (typeof onboardingLists)[number];

/** One column of a list's file, as the template shows and the validator reads it. */
export interface ColumnSpec {
  /** The header cell, in English; the key of the row's cell record. */
  key: string;
  required: boolean;
  /** Longest text the cell may hold. */
  max: number;
  /** The closed list of values, when there is one (shown in the template and in a refusal). */
  allowed?: readonly string[];
  /** A value the explanation sheet shows. */
  example: string;
}

/** What the database holds that rows refer to or must not clash with, looked up once per file. */
export interface ReferenceData {
  /** Entity codes that exist (upper case). */
  entityCodes: ReadonlySet<string>;
  /** E-mail address (lower case) -> username of the person who has it. */
  emailOwners: ReadonlyMap<string, string>;
  /** Ids of the document types a service may require. */
  documentIds: ReadonlySet<string>;
}

/** A problem a row's record has with the reference data (unknown entity, someone else's e-mail). */
export interface ReferenceProblem {
  column: string;
  messageKey: OnboardingMessageKey;
  params: Record<string, string | number>;
}

/** Comparable form of a record: what a re-upload compares to decide "unchanged". */
export type Canonical = Record<string, string | boolean | number | null | readonly string[]>;

/**
 * One importable list: its columns, a zod schema from cells to a record (messages are
 * message keys), the key a re-upload matches by, and checks against the database.
 */
export interface ListDefinition<R> {
  name: OnboardingList;
  columns: readonly ColumnSpec[];
  schema: z.ZodType<R, Record<string, string>>;
  /** The column whose value identifies the record (code, username). */
  keyColumn: string;
  keyOf(record: R): string;
  /** Other columns no two rows of one file may share (a person's e-mail). */
  uniqueColumns: readonly { column: string; valueOf(record: R): string | null }[];
  references(record: R, data: ReferenceData): ReferenceProblem[];
  canonical(record: R): Canonical;
}
