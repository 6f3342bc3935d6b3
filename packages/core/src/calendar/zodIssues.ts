import type { z } from 'zod';
import type { LocalizedText } from '../i18n/index.js';
import { type Issue, type IssuePath, issue } from '../issues/index.js';
import { PATTERN_MESSAGES } from './patterns.js';

// Internal: turns zod's issues into the toolkit's bilingual `Issue` values. Refinements in this area pass their
// message as `params: { code, message: { id, en } }` (the model's convention too) so both languages survive;
// regex checks get the message of their pattern; everything else a generic message per code.

function isLocalized(value: unknown): value is LocalizedText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).id === 'string' &&
    typeof (value as Record<string, unknown>).en === 'string'
  );
}

function toPath(path: readonly PropertyKey[]): IssuePath {
  return path.map((part) => (typeof part === 'number' ? part : String(part)));
}

/** @internal Converts a zod error into bilingual issues, prefixed with `prefix`. */
export function issuesFromZod(error: z.ZodError, prefix: IssuePath = []): Issue[] {
  const out: Issue[] = [];
  for (const raw of error.issues) {
    const path = [...prefix, ...toPath(raw.path)];
    switch (raw.code) {
      case 'unrecognized_keys':
        for (const key of raw.keys) {
          out.push(
            issue([...path, key], 'unrecognized_key', {
              id: `Kunci "${key}" tidak dikenal`,
              en: `Unrecognized key "${key}"`,
            }),
          );
        }
        break;
      case 'invalid_type':
        out.push(
          issue(path, 'invalid_type', {
            id: `Tipe tidak sesuai: seharusnya ${raw.expected}`,
            en: `Wrong type: expected ${raw.expected}`,
          }),
        );
        break;
      case 'invalid_value':
        out.push(
          issue(path, 'invalid_value', {
            id: `Nilai tidak diizinkan; pilihan: ${raw.values.map(String).join(', ')}`,
            en: `Value not allowed; expected one of: ${raw.values.map(String).join(', ')}`,
          }),
        );
        break;
      case 'too_small':
        out.push(
          issue(path, 'too_small', {
            id: `Terlalu kecil/pendek: minimal ${String(raw.minimum)}`,
            en: `Too small: minimum ${String(raw.minimum)}`,
          }),
        );
        break;
      case 'too_big':
        out.push(
          issue(path, 'too_big', {
            id: `Terlalu besar/panjang: maksimal ${String(raw.maximum)}`,
            en: `Too big: maximum ${String(raw.maximum)}`,
          }),
        );
        break;
      case 'custom': {
        const given: unknown = raw.params?.message;
        const message = isLocalized(given) ? { id: given.id, en: given.en } : undefined;
        const code = typeof raw.params?.code === 'string' ? raw.params.code : 'custom';
        out.push(issue(path, code, message ?? { id: raw.message, en: raw.message }));
        break;
      }
      case 'invalid_format': {
        const known =
          raw.format === 'regex' && 'pattern' in raw ? PATTERN_MESSAGES.get(String(raw.pattern)) : undefined;
        if (known) {
          out.push(issue(path, 'invalid_format', known));
          break;
        }
        out.push(
          issue(path, 'invalid_format', {
            id: `Format tidak valid (${raw.format})`,
            en: `Invalid format (${raw.format})`,
          }),
        );
        break;
      }
      case 'invalid_key':
        out.push(
          issue(path, 'invalid_key', {
            id: `Kunci "${String(path[path.length - 1])}" tidak valid`,
            en: `Invalid key "${String(path[path.length - 1])}"`,
          }),
        );
        break;
      default:
        out.push(
          issue(path, raw.code, {
            id: `Nilai tidak valid: ${raw.message}`,
            en: `Invalid value: ${raw.message}`,
          }),
        );
    }
  }
  return out;
}
