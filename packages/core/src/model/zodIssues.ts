import type * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/index.js';
import type { Issue, IssuePath } from '../issues/index.js';
import { issue } from '../issues/index.js';
import {
  customMessage,
  EXPECTATIONS,
  invalidFormatMessage,
  invalidKeyMessage,
  invalidTimeZoneMessage,
  invalidTypeMessage,
  invalidUnionMessage,
  invalidValueMessage,
  isMessageKey,
  MESSAGE_KEYS,
  notMultipleOfMessage,
  receivedType,
  requiredMessage,
  showValue,
  tooBigMessage,
  tooSmallMessage,
  typeName,
  unrecognizedKeyMessage,
} from './messages.js';
import { pathHasForbiddenKey } from './scan.js';
import { suggestIndonesianTimeZones } from './timeZones.js';

// The one conversion of zod issues into the toolkit's bilingual issues, used by every entry point that takes user
// data (parseWorkspace, parseEntity, parseCivilDate, parseCalendarOverrides, createWorkspace…), so that the same
// bad value gets the same code and message wherever it is given. Schemas carry a message key (MESSAGE_KEYS) as
// their zod `error`, refinements carry `params: { code, message: { id, en } }`; zod's own English text is never
// shown.

const ALLOWED_KEYS_PREFIX = '@smartcity/allowed-keys:';

type ZodInternals = {
  _zod?: {
    def?: { shape?: Record<string, unknown>; keyType?: { _zod?: { values?: ReadonlySet<unknown> } } };
  };
};

/** The keys an object (its shape) or an enum-keyed record (its key values) allows. */
function allowedKeysOf(schema: unknown): string[] {
  const def = (schema as ZodInternals | undefined)?._zod?.def;
  if (def?.shape) return Object.keys(def.shape);
  const values = def?.keyType?._zod?.values;
  return values ? [...values].map(String) : [];
}

/**
 * zod error map for one parse: only `unrecognized_keys` needs it, to carry the list of allowed keys (which only the
 * raw issue's schema knows) to the conversion below. A module-level function, so nothing is allocated per parse.
 */
function errorMap(raw: { code?: string; inst?: unknown }): string | undefined {
  if (raw.code === 'unrecognized_keys') return ALLOWED_KEYS_PREFIX + allowedKeysOf(raw.inst).join('\n');
  return undefined;
}

/** The zod parse context every entry point uses: inputs reported (for messages) and the allowed-keys error map. */
export const PARSE_CONTEXT = { reportInput: true, error: errorMap } as const;

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The allowed key someone probably meant: same letters ignoring case/`_`/`-`, or at most 2 edits away. */
export function suggestKey(key: string, allowed: readonly string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[_\-\s]/g, '');
  const wanted = norm(key);
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of allowed) {
    if (norm(candidate) === wanted) return candidate;
    const d = editDistance(wanted, norm(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= 2 && key.length > 2 ? best : undefined;
}

function lastKey(path: IssuePath): string | number | undefined {
  return path.at(-1);
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LocalizedText).id === 'string' &&
    typeof (value as LocalizedText).en === 'string'
  );
}

type ZodIssue = z.core.$ZodIssue;

function expectationOf(zi: ZodIssue): LocalizedText | undefined {
  if (isMessageKey(zi.message)) return EXPECTATIONS[zi.message];
  if (zi.code === 'invalid_type') return typeName(zi.expected);
  if (zi.code === 'invalid_value') {
    const values = zi.values.map(showValue).join(', ');
    return { id: `salah satu dari: ${values}`, en: `one of: ${values}` };
  }
  return undefined;
}

/**
 * Converts zod issues into bilingual {@link Issue}s, appending them to `out`. With `skipForbidden`, issues under a
 * forbidden key are dropped (the input scan has already reported them, with a clearer message).
 */
export function convertZodIssues(zodIssues: readonly ZodIssue[], out: Issue[], skipForbidden = false): void {
  for (const zi of zodIssues) {
    const path: IssuePath = zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (skipForbidden && pathHasForbiddenKey(path)) continue;
    const input = zi.input;
    const key = isMessageKey(zi.message) ? zi.message : undefined;
    if (input === undefined && zi.code !== 'unrecognized_keys' && zi.code !== 'custom') {
      out.push(issue(path, 'required', requiredMessage(lastKey(path), expectationOf(zi))));
      continue;
    }
    switch (zi.code) {
      case 'invalid_type':
        out.push(
          issue(
            path,
            'invalid_type',
            invalidTypeMessage(zi.expected, receivedType(input), key ? EXPECTATIONS[key] : undefined),
          ),
        );
        break;
      case 'too_small':
        out.push(issue(path, 'too_small', tooSmallMessage(zi.origin, zi.minimum, zi.inclusive ?? true)));
        break;
      case 'too_big':
        out.push(issue(path, 'too_big', tooBigMessage(zi.origin, zi.maximum, zi.inclusive ?? true)));
        break;
      case 'invalid_format': {
        const expected = key
          ? EXPECTATIONS[key]
          : {
              id: `format ${zi.format}${zi.pattern ? ` (${zi.pattern})` : ''}`,
              en: `the ${zi.format} format${zi.pattern ? ` (${zi.pattern})` : ''}`,
            };
        out.push(issue(path, 'invalid_format', invalidFormatMessage(input, expected)));
        break;
      }
      case 'invalid_value':
        if (key === MESSAGE_KEYS.timeZone) {
          out.push(
            issue(
              path,
              'invalid_time_zone',
              invalidTimeZoneMessage(input, suggestIndonesianTimeZones(input)),
            ),
          );
        } else {
          const options = zi.values.map(String);
          const suggestion = typeof input === 'string' ? suggestKey(input, options) : undefined;
          out.push(issue(path, 'invalid_value', invalidValueMessage(input, zi.values, suggestion)));
        }
        break;
      case 'unrecognized_keys': {
        const allowed = zi.message.startsWith(ALLOWED_KEYS_PREFIX)
          ? zi.message.slice(ALLOWED_KEYS_PREFIX.length).split('\n').filter(Boolean)
          : [];
        for (const k of zi.keys) {
          if (skipForbidden && pathHasForbiddenKey([k])) continue;
          out.push(
            issue(
              [...path, k],
              'unrecognized_key',
              unrecognizedKeyMessage(k, allowed, suggestKey(k, allowed)),
            ),
          );
        }
        break;
      }
      case 'invalid_key': {
        const inner = zi.issues[0];
        const innerKey = inner && isMessageKey(inner.message) ? EXPECTATIONS[inner.message] : undefined;
        out.push(issue(path, 'invalid_key', invalidKeyMessage(String(lastKey(path) ?? input), innerKey)));
        break;
      }
      case 'invalid_union':
        out.push(issue(path, 'invalid_union', invalidUnionMessage(input)));
        break;
      case 'not_multiple_of':
        out.push(issue(path, 'not_multiple_of', notMultipleOfMessage(zi.divisor)));
        break;
      case 'custom': {
        const params = zi.params;
        const code = typeof params?.code === 'string' ? params.code : 'custom';
        const message = isLocalizedText(params?.message) ? params.message : customMessage();
        out.push(issue(path, code, message));
        break;
      }
      default:
        out.push(issue(path, zi.code, customMessage()));
    }
  }
}
