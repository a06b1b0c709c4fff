/**
 * The form fields of an event payload, read from the JSON Schema the API sends with the instance
 * (`workflows.get` → eventSchemas). Only flat payloads of simple values get a form; anything else
 * (nested objects, lists of objects) returns null and the event is sent as it is.
 */
export type EventField =
  | { name: string; kind: 'string' | 'text'; required: boolean; nullable: boolean; maxLength?: number }
  | { name: string; kind: 'number' | 'integer'; required: boolean; nullable: boolean; min?: number; max?: number }
  | { name: string; kind: 'boolean'; required: boolean; nullable: boolean }
  | { name: string; kind: 'enum'; required: boolean; nullable: boolean; options: string[] }
  | { name: string; kind: 'datetime' | 'date'; required: boolean; nullable: boolean }
  | { name: string; kind: 'list'; required: boolean; nullable: boolean };

/** What the form holds: text for every control except the check box. */
export type FieldValues = Record<string, string | boolean>;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
// Short strings get a one-line input; longer or unbounded ones (notes, reasons) a text area.
const LONG_TEXT = 120;
// zod writes the safe-integer bounds of z.int() into the schema; they are no limit a person needs.
const bound = (value: unknown) => (typeof value === 'number' && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined);

function fieldOf(name: string, raw: Json, required: boolean): EventField | null {
  let schema = raw;
  let nullable = false;
  if (Array.isArray(raw.anyOf)) {
    const options = raw.anyOf.filter(isObject);
    const values = options.filter((o) => o.type !== 'null');
    if (values.length !== 1 || options.length !== raw.anyOf.length) return null;
    nullable = values.length < options.length;
    schema = values[0]!;
  }
  // A bare nullable value is written with a list of types instead: { type: ['string', 'null'] }.
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((type) => type !== 'null');
    if (types.length !== 1) return null;
    nullable = nullable || types.length < schema.type.length;
    schema = { ...schema, type: types[0] };
  }
  const base = { name, required, nullable };
  if (Array.isArray(schema.enum) && schema.enum.every((v) => typeof v === 'string')) {
    return { ...base, kind: 'enum', options: schema.enum as string[] };
  }
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date-time') return { ...base, kind: 'datetime' };
      if (schema.format === 'date') return { ...base, kind: 'date' };
      {
        const maxLength = bound(schema.maxLength);
        return { ...base, kind: maxLength !== undefined && maxLength <= LONG_TEXT ? 'string' : 'text', maxLength };
      }
    case 'number':
    case 'integer': {
      const integer = schema.type === 'integer';
      const exclusiveMin = bound(schema.exclusiveMinimum);
      const exclusiveMax = bound(schema.exclusiveMaximum);
      const step = integer ? 1 : 0;
      return {
        ...base,
        kind: integer ? 'integer' : 'number',
        min: bound(schema.minimum) ?? (exclusiveMin === undefined ? undefined : exclusiveMin + step),
        max: bound(schema.maximum) ?? (exclusiveMax === undefined ? undefined : exclusiveMax - step),
      };
    }
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'array':
      return isObject(schema.items) && schema.items.type === 'string' && schema.items.format === undefined
        ? { ...base, kind: 'list' }
        : null;
    default:
      return null;
  }
}

/** The fields of a payload schema in declaration order, or null when the form cannot express it. */
export function fieldsOf(schema: unknown): EventField[] | null {
  if (!isObject(schema) || schema.type !== 'object' || !isObject(schema.properties)) return null;
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const fields: EventField[] = [];
  for (const [name, property] of Object.entries(schema.properties)) {
    const field = isObject(property) ? fieldOf(name, property, required.has(name)) : null;
    if (!field) return null;
    fields.push(field);
  }
  return fields;
}

/** The starting value of each control. */
export function initialValues(fields: EventField[]): FieldValues {
  return Object.fromEntries(fields.map((f) => [f.name, f.kind === 'boolean' ? false : '']));
}

/** A list typed one per line or separated by commas (Arabic commas too). */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,،]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * The payload the form stands for. An empty optional control is left out (null where the schema
 * allows null); an empty required one is left out too, so the server names it as missing.
 * A datetime-local value is the user's local time; toISOString turns it into the instant the API expects.
 */
export function payloadOf(fields: EventField[], values: FieldValues): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind === 'boolean') {
      payload[field.name] = value === true;
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '' && field.kind !== 'list') {
      if (field.nullable) payload[field.name] = null;
      continue;
    }
    switch (field.kind) {
      case 'number':
      case 'integer':
        payload[field.name] = Number(text);
        break;
      case 'datetime': {
        const at = new Date(text);
        payload[field.name] = Number.isNaN(at.getTime()) ? text : at.toISOString();
        break;
      }
      case 'list':
        if (text !== '' || field.required) payload[field.name] = splitList(text);
        break;
      default:
        payload[field.name] = text;
    }
  }
  return payload;
}
