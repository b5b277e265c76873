/**
 * Turns zod's schema issues into SeedErrors that name the file, the record and the field, show the
 * value received and say what is expected, in the words a curator editing YAML needs.
 */
import { type z } from 'zod';
import { type SeedError } from './seed.model';

export type RecordLabeler = (
  raw: unknown,
  path: readonly PropertyKey[],
) => { record: string; rest: readonly PropertyKey[] };

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key as string];
  }
  return value;
}

/** `evidence[0].start` from ['evidence', 0, 'start']. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list (${value.length} items)`;
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function messageOf(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_value':
      return `unknown value ${JSON.stringify(value)}. Expected one of: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_format':
      return `got ${JSON.stringify(value)}: ${issue.message}`;
    case 'invalid_type':
      return `expected ${issue.expected}, but got ${describeValue(value)}`;
    case 'too_small':
      return issue.message.startsWith('Too small') ? `too small: ${describeValue(value)} (minimum ${String(issue.minimum)})` : issue.message;
    case 'custom':
      return `got ${JSON.stringify(value)}: ${issue.message}`;
    default:
      return `${issue.message} (got ${describeValue(value)})`;
  }
}

export function zodIssuesToSeedErrors(
  file: string,
  raw: unknown,
  issues: readonly z.core.$ZodIssue[],
  labelRecord: RecordLabeler,
): SeedError[] {
  const errors: SeedError[] = [];
  for (const issue of issues) {
    const { record, rest } = labelRecord(raw, issue.path);
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysHint(rest);
      for (const key of issue.keys) {
        errors.push({
          file, record, field: fieldPath([...rest, key]),
          message: `unknown field "${key}"${allowed}; remove it or fix its spelling`,
        });
      }
      continue;
    }
    errors.push({ file, record, field: fieldPath(rest), message: messageOf(issue, valueAt(raw, issue.path)) });
  }
  return errors;
}

/** Allowed keys are not part of zod's issue; the record types are few enough to name here. */
function allowedKeysHint(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  const last = path[path.length - 1];
  if (typeof last === 'number' && path[path.length - 2] === 'evidence') return ' (evidence items have quote, start, end)';
  return '';
}
