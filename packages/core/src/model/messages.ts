import type { LocalizedText } from '../i18n/index.js';

// Bilingual message builders for every issue the model reports. Zod's own (English) messages are never shown:
// schemas carry a *message key* (one of MESSAGE_KEYS) as their zod `error`, and `parse.ts` turns the key plus
// the zod issue's data into one of these messages.

/**
 * Message keys attached to schemas as their zod `error`, so that the zod → Issue conversion knows which
 * field-specific explanation to give. Internal: not exported from the package.
 */
/** The message key of a civil date, as a plain constant so a pure schema built with it stays tree-shakable. */
export const CIVIL_DATE_KEY = '@smartcity/civil-date';

export const MESSAGE_KEYS = {
  id: '@smartcity/id',
  civilDate: CIVIL_DATE_KEY,
  url: '@smartcity/url',
  regionCode: '@smartcity/region-code',
  bpsCode: '@smartcity/bps-code',
  timeZone: '@smartcity/time-zone',
  spbeIndicatorKey: '@smartcity/spbe-indicator-key',
  spbeDomainKey: '@smartcity/spbe-domain-key',
  spbe2018IndicatorKey: '@smartcity/spbe-2018-indicator-key',
  monthDay: '@smartcity/month-day',
  timeOfDay: '@smartcity/time-of-day',
  yearKey: '@smartcity/year-key',
} as const;

/** One of the message keys above. */
export type MessageKey = (typeof MESSAGE_KEYS)[keyof typeof MESSAGE_KEYS];

const MESSAGE_KEY_SET: ReadonlySet<string> = new Set(Object.values(MESSAGE_KEYS));

/** Whether a zod issue message is one of our keys (rather than zod's default English text). */
export function isMessageKey(message: string): message is MessageKey {
  return MESSAGE_KEY_SET.has(message);
}

/** What a field with a message key expects, phrased to follow "expected …". */
export const EXPECTATIONS: Readonly<Record<MessageKey, LocalizedText>> = {
  [MESSAGE_KEYS.id]: {
    id: 'pengenal huruf kecil: huruf a–z, angka, ".", "_" atau "-", diawali huruf atau angka, paling panjang 64 karakter (mis. "diskominfo")',
    en: 'a lower-case id: letters a–z, digits, ".", "_" or "-", starting with a letter or digit, at most 64 characters (e.g. "diskominfo")',
  },
  [MESSAGE_KEYS.civilDate]: {
    id: 'tanggal kalender yang benar-benar ada, ditulis YYYY-MM-DD (mis. "2024-06-18")',
    en: 'a real calendar date written YYYY-MM-DD (e.g. "2024-06-18")',
  },
  [MESSAGE_KEYS.url]: {
    id: 'alamat web yang diawali http:// atau https:// tanpa spasi',
    en: 'a web address starting with http:// or https://, without spaces',
  },
  [MESSAGE_KEYS.regionCode]: {
    id: 'kode wilayah Kemendagri PP.KK (mis. "61.71"); digit pertama PP adalah kelompok pulau 1, 2, 3, 5, 6, 7, 8 atau 9',
    en: 'a Kemendagri region code PP.KK (e.g. "61.71") whose first digit is an island group 1, 2, 3, 5, 6, 7, 8 or 9',
  },
  [MESSAGE_KEYS.bpsCode]: {
    id: 'kode BPS kabupaten/kota 4 digit (mis. "6171")',
    en: 'a 4-digit BPS kabupaten/kota code (e.g. "6171")',
  },
  [MESSAGE_KEYS.timeZone]: {
    id: 'zona waktu IANA Indonesia: "Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar" atau "Asia/Jayapura"',
    en: 'an Indonesian IANA time zone: "Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar" or "Asia/Jayapura"',
  },
  [MESSAGE_KEYS.spbeIndicatorKey]: {
    id: 'nomor indikator SPBE "1" sampai "47" (PermenPANRB 59/2020)',
    en: 'an SPBE indicator number "1" to "47" (PermenPANRB 59/2020)',
  },
  [MESSAGE_KEYS.spbeDomainKey]: {
    id: 'nomor domain SPBE "1" sampai "4"',
    en: 'an SPBE domain number "1" to "4"',
  },
  [MESSAGE_KEYS.spbe2018IndicatorKey]: {
    id: 'nomor indikator SPBE "1" sampai "35", "35-2" atau "35-3" (PermenPANRB 5/2018)',
    en: 'an SPBE indicator number "1" to "35", "35-2" or "35-3" (PermenPANRB 5/2018)',
  },
  [MESSAGE_KEYS.monthDay]: {
    id: 'tanggal tahunan BB-HH (bulan-hari, mis. "07-30")',
    en: 'a yearly date MM-DD (month-day, e.g. "07-30")',
  },
  [MESSAGE_KEYS.timeOfDay]: {
    id: 'jam JJ:MM (mis. "09:00")',
    en: 'a time of day HH:MM (e.g. "09:00")',
  },
  [MESSAGE_KEYS.yearKey]: {
    id: 'tahun 4 digit (mis. "2025")',
    en: 'a four-digit year (e.g. "2025")',
  },
};

/** Names of the value types zod can expect or we can receive, for "expected X, received Y". */
const TYPE_NAMES: Readonly<Record<string, LocalizedText>> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'true atau false', en: 'true or false' },
  array: { id: 'daftar (array)', en: 'a list (array)' },
  object: { id: 'objek', en: 'an object' },
  record: { id: 'objek', en: 'an object' },
  null: { id: 'null', en: 'null' },
  undefined: { id: 'kosong', en: 'nothing' },
  nan: { id: 'NaN (bukan angka)', en: 'NaN (not a number)' },
  infinity: { id: 'tak hingga', en: 'infinity' },
  bigint: { id: 'bigint', en: 'a bigint' },
  function: { id: 'fungsi', en: 'a function' },
  symbol: { id: 'simbol', en: 'a symbol' },
  date: { id: 'objek Date', en: 'a Date object' },
};

export function typeName(name: string): LocalizedText {
  return TYPE_NAMES[name.toLowerCase()] ?? { id: name, en: name };
}

/**
 * The type of a received value, in the vocabulary of {@link TYPE_NAMES}: distinguishes null, arrays, NaN and
 * infinities, which `typeof` lumps together.
 */
export function receivedType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'nan';
    if (!Number.isFinite(value)) return 'infinity';
    return Number.isInteger(value) ? 'int' : 'number';
  }
  if (value instanceof Date) return 'date';
  return typeof value;
}

/** A short, safe rendering of a user value for a message (strings quoted and cut, objects summarised). */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return String(value);
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return `[… ${value.length}]`;
  if (typeof value === 'object') return '{…}';
  return typeof value;
}

function list(values: readonly unknown[], max = 12): string {
  const shown = values.slice(0, max).map(showValue).join(', ');
  return values.length > max ? `${shown}, … (+${values.length - max})` : shown;
}

function quote(key: string | number): string {
  return typeof key === 'number' ? `[${key}]` : `"${key}"`;
}

/** A required field is missing. */
export function requiredMessage(field: string | number | undefined, expected?: LocalizedText): LocalizedText {
  const what =
    field === undefined
      ? { id: 'Nilai', en: 'A value' }
      : { id: `Kolom ${quote(field)}`, en: `Field ${quote(field)}` };
  const exp = expected
    ? { id: ` (harus berisi ${expected.id})`, en: ` (expected ${expected.en})` }
    : { id: '', en: '' };
  return { id: `${what.id} wajib diisi${exp.id}.`, en: `${what.en} is required${exp.en}.` };
}

/** A value has the wrong type. `expected` is a zod type name; `hint` refines it for formatted strings. */
export function invalidTypeMessage(expected: string, received: string, hint?: LocalizedText): LocalizedText {
  const exp = hint ?? typeName(expected);
  const rec = typeName(received);
  return {
    id: `Diharapkan ${exp.id}, tetapi diterima ${rec.id}.`,
    en: `Expected ${exp.en}, received ${rec.en}.`,
  };
}

type SizeOrigin = 'string' | 'array' | 'number' | 'int' | (string & {});

function sizeUnit(origin: SizeOrigin): LocalizedText | undefined {
  if (origin === 'string') return { id: 'karakter', en: 'characters' };
  if (origin === 'array' || origin === 'set') return { id: 'butir', en: 'items' };
  return undefined;
}

/** A number, text or list is below its lower bound. */
export function tooSmallMessage(
  origin: SizeOrigin,
  minimum: number | bigint,
  inclusive: boolean,
): LocalizedText {
  const unit = sizeUnit(origin);
  if (unit) {
    if (origin === 'string' && Number(minimum) === 1 && inclusive) {
      return { id: 'Teks tidak boleh kosong.', en: 'Text must not be empty.' };
    }
    const n = inclusive ? Number(minimum) : Number(minimum) + 1;
    return { id: `Harus berisi paling sedikit ${n} ${unit.id}.`, en: `Must have at least ${n} ${unit.en}.` };
  }
  const op = inclusive ? '≥' : '>';
  return { id: `Nilai harus ${op} ${minimum}.`, en: `Value must be ${op} ${minimum}.` };
}

/** A number, text or list is above its upper bound. */
export function tooBigMessage(
  origin: SizeOrigin,
  maximum: number | bigint,
  inclusive: boolean,
): LocalizedText {
  const unit = sizeUnit(origin);
  if (unit) {
    const n = inclusive ? Number(maximum) : Number(maximum) - 1;
    return { id: `Paling banyak ${n} ${unit.id}.`, en: `Must have at most ${n} ${unit.en}.` };
  }
  if (origin === 'int' && Number(maximum) === Number.MAX_SAFE_INTEGER) {
    return {
      id: `Bilangan bulat terlalu besar: paling besar ${maximum} (batas bilangan bulat yang aman).`,
      en: `Whole number too large: at most ${maximum} (the largest safe integer).`,
    };
  }
  const op = inclusive ? '≤' : '<';
  return { id: `Nilai harus ${op} ${maximum}.`, en: `Value must be ${op} ${maximum}.` };
}

/** A string does not have the expected format. */
export function invalidFormatMessage(received: unknown, expected: LocalizedText): LocalizedText {
  return {
    id: `Format ${showValue(received)} tidak sesuai: diharapkan ${expected.id}.`,
    en: `${showValue(received)} has the wrong format: expected ${expected.en}.`,
  };
}

/** A value is not one of the allowed options. */
export function invalidValueMessage(
  received: unknown,
  allowed: readonly unknown[],
  suggestion?: string,
): LocalizedText {
  const did = suggestion
    ? { id: ` Mungkin maksudnya "${suggestion}"?`, en: ` Did you mean "${suggestion}"?` }
    : { id: '', en: '' };
  return {
    id: `Nilai ${showValue(received)} tidak dikenal;${did.id} pilihan yang diizinkan: ${list(allowed, 50)}.`,
    en: `Unknown value ${showValue(received)};${did.en} allowed values: ${list(allowed, 50)}.`,
  };
}

/** A number is not a multiple of a divisor. */
export function notMultipleOfMessage(divisor: number | bigint): LocalizedText {
  return { id: `Nilai harus kelipatan ${divisor}.`, en: `Value must be a multiple of ${divisor}.` };
}

/** A value matches none of the forms a union allows. */
export function invalidUnionMessage(received: unknown): LocalizedText {
  return {
    id: `Nilai ${showValue(received)} tidak cocok dengan bentuk yang diizinkan.`,
    en: `Value ${showValue(received)} matches none of the allowed forms.`,
  };
}

/** A key of a record (dictionary) is not allowed. */
export function invalidKeyMessage(key: string, expected: LocalizedText | undefined): LocalizedText {
  if (!expected) return { id: `Kunci "${key}" tidak diizinkan.`, en: `Key "${key}" is not allowed.` };
  return {
    id: `Kunci "${key}" tidak diizinkan: diharapkan ${expected.id}.`,
    en: `Key "${key}" is not allowed: expected ${expected.en}.`,
  };
}

/** Fallback for a custom check with no message of its own. */
export function customMessage(): LocalizedText {
  return { id: 'Nilai tidak valid.', en: 'Invalid value.' };
}

/** An unknown field in a strict object. */
export function unrecognizedKeyMessage(
  key: string,
  allowed: readonly string[],
  suggestion: string | undefined,
): LocalizedText {
  const did = suggestion
    ? { id: ` Mungkin maksudnya "${suggestion}"?`, en: ` Did you mean "${suggestion}"?` }
    : { id: '', en: '' };
  const hasExtensions = allowed.includes('extensions');
  const ext = hasExtensions
    ? {
        id: ' Data tambahan milik integrator diletakkan di "extensions".',
        en: ' Put integrator data under "extensions".',
      }
    : { id: '', en: '' };
  const allowedText = allowed.length > 0 ? list(allowed, 40) : '—';
  return {
    id: `Kolom "${key}" tidak dikenal.${did.id} Kolom yang diizinkan: ${allowedText}.${ext.id}`,
    en: `Unknown field "${key}".${did.en} Allowed fields: ${allowedText}.${ext.en}`,
  };
}

/** A key that could pollute prototypes. */
export function forbiddenKeyMessage(key: string): LocalizedText {
  return {
    id: `Kunci "${key}" dilarang di mana pun dalam data (termasuk di "extensions") karena dapat mencemari prototipe objek. Ganti nama kuncinya.`,
    en: `The key "${key}" is forbidden anywhere in the data (including "extensions") because it can pollute object prototypes. Rename it.`,
  };
}

/** Nesting deeper than the limit. */
export function tooDeepMessage(maxDepth: number): LocalizedText {
  return {
    id: `Data bersarang terlalu dalam (lebih dari ${maxDepth} tingkat) atau mengandung referensi melingkar.`,
    en: `The data is nested too deeply (more than ${maxDepth} levels) or contains a circular reference.`,
  };
}

/** More objects and arrays than the limit. */
export function tooManyValuesMessage(maxValues: number): LocalizedText {
  return {
    id: `Data terlalu besar: lebih dari ${maxValues} objek dan daftar.`,
    en: `The data is too large: more than ${maxValues} objects and lists.`,
  };
}

/** The input could not be read at all (e.g. a throwing proxy). */
export function unreadableInputMessage(reason: string): LocalizedText {
  return {
    id: `Data tidak dapat dibaca (${reason}).`,
    en: `The data could not be read (${reason}).`,
  };
}

/** An id used twice in one collection. */
export function duplicateIdMessage(id: string, collection: string, firstIndex: number): LocalizedText {
  return {
    id: `Id "${id}" sudah dipakai di ${collection}[${firstIndex}]; setiap id dalam "${collection}" harus unik.`,
    en: `Id "${id}" is already used by ${collection}[${firstIndex}]; ids in "${collection}" must be unique.`,
  };
}

/** A duplicate date among a KPI's measurements. */
export function duplicateMeasurementMessage(date: string, firstIndex: number): LocalizedText {
  return {
    id: `Sudah ada pengukuran bertanggal ${date} (measurements[${firstIndex}]); satu tanggal hanya boleh satu pengukuran.`,
    en: `There is already a measurement dated ${date} (measurements[${firstIndex}]); one measurement per date.`,
  };
}

/** What a reference points at, for {@link unknownReferenceMessage}. */
export interface ReferenceTarget {
  /** Collection path as written in the workspace, e.g. `agencies`. */
  collection: string;
  /** What the entities are called. */
  noun: LocalizedText;
}

/** A reference to an id that does not exist. */
export function unknownReferenceMessage(
  id: string,
  target: ReferenceTarget,
  known: readonly string[],
): LocalizedText {
  const hint =
    known.length === 0
      ? { id: ` "${target.collection}" masih kosong.`, en: ` "${target.collection}" is empty.` }
      : { id: ` Id yang ada: ${list(known, 10)}.`, en: ` Known ids: ${list(known, 10)}.` };
  return {
    id: `${target.noun.id} "${id}" tidak ditemukan di "${target.collection}".${hint.id}`,
    en: `${target.noun.en} "${id}" not found in "${target.collection}".${hint.en}`,
  };
}

/** A body member that is both an agency and a stakeholder id. */
export function ambiguousMemberMessage(id: string): LocalizedText {
  return {
    id: `Anggota "${id}" ambigu: id ini dipakai oleh perangkat daerah dan pemangku kepentingan sekaligus. Ganti salah satu id.`,
    en: `Member "${id}" is ambiguous: both an agency and a stakeholder use this id. Rename one of them.`,
  };
}

/** An element that belongs to another pillar. */
export function elementNotInPillarMessage(
  elementId: string,
  pillarId: string,
  elementsOfPillar: readonly string[],
): LocalizedText {
  return {
    id: `Elemen "${elementId}" bukan bagian dari pilar "${pillarId}"; elemen pilar ini: ${list(elementsOfPillar)}.`,
    en: `Element "${elementId}" does not belong to pillar "${pillarId}"; its elements are: ${list(elementsOfPillar)}.`,
  };
}

/** An end before its start. */
export function dateOrderMessage(
  endField: string,
  end: string | number,
  startField: string,
  start: string | number,
): LocalizedText {
  return {
    id: `"${endField}" (${end}) tidak boleh sebelum "${startField}" (${start}).`,
    en: `"${endField}" (${end}) must not be before "${startField}" (${start}).`,
  };
}

/** A budget year outside the innovation's running years. */
export function budgetYearOutOfRangeMessage(
  year: number,
  from: number | undefined,
  to: number | undefined,
): LocalizedText {
  const range = `${from ?? '…'}–${to ?? '…'}`;
  return {
    id: `Tahun anggaran ${year} di luar masa pelaksanaan inovasi (${range}, dari startDate/endDate).`,
    en: `Budget year ${year} is outside the innovation's running years (${range}, from startDate/endDate).`,
  };
}

/** A KPI target or measurement in another unit than the KPI's. */
export function unitMismatchMessage(given: string, kpiUnit: string): LocalizedText {
  return {
    id: `Satuan "${given}" berbeda dengan satuan KPI "${kpiUnit}"; tulis nilai dalam satuan KPI atau hapus satuannya.`,
    en: `Unit "${given}" differs from the KPI's unit "${kpiUnit}"; convert the value to the KPI's unit or drop the unit.`,
  };
}

/** A lifecycle transition that the transition table does not allow. */
export function invalidTransitionMessage(
  from: string,
  to: string,
  allowed: readonly string[],
): LocalizedText {
  const next =
    allowed.length === 0
      ? {
          id: `"${from}" adalah status akhir; tidak ada perpindahan yang diizinkan.`,
          en: `"${from}" is final; no transition is allowed.`,
        }
      : {
          id: `dari "${from}" hanya boleh ke: ${list(allowed)}.`,
          en: `from "${from}" only to: ${list(allowed)}.`,
        };
  return {
    id: `Perpindahan status "${from}" → "${to}" tidak diizinkan; ${next.id}`,
    en: `Status transition "${from}" → "${to}" is not allowed; ${next.en}`,
  };
}

/** A history entry that does not continue from the previous one. */
export function historyBreakMessage(from: string | null, previousTo: string): LocalizedText {
  return {
    id: `Riwayat terputus: "from" bernilai ${showValue(from)}, padahal entri sebelumnya berakhir di "${previousTo}".`,
    en: `History is broken: "from" is ${showValue(from)} but the previous entry ended at "${previousTo}".`,
  };
}

/** The last history entry does not end at the current status. */
export function historyStatusMessage(lastTo: string, status: string): LocalizedText {
  return {
    id: `Entri riwayat terakhir berakhir di "${lastTo}", tetapi status inovasi "${status}".`,
    en: `The last history entry ends at "${lastTo}" but the innovation's status is "${status}".`,
  };
}

/** A transition dated before the previous one. */
export function historyDateMessage(date: string, previous: string): LocalizedText {
  return {
    id: `Tanggal ${date} lebih awal dari entri riwayat sebelumnya (${previous}); riwayat harus urut waktu.`,
    en: `Date ${date} is before the previous history entry (${previous}); history must be in date order.`,
  };
}

/** A region code whose KK range does not match the municipality kind. */
export function regionCodeKindMessage(code: string, kind: string): LocalizedText {
  const range = kind === 'kota' ? '71–99' : '01–69';
  return {
    id: `Kode wilayah "${code}" tidak cocok dengan jenis "${kind}": kode KK ${kind} berada di ${range}.`,
    en: `Region code "${code}" does not match kind "${kind}": a ${kind}'s KK code is in ${range}.`,
  };
}

/** A time zone that is not one of the four Indonesian IANA zones, with what to use instead. */
export function invalidTimeZoneMessage(received: unknown, suggestions: readonly string[]): LocalizedText {
  const base = EXPECTATIONS[MESSAGE_KEYS.timeZone];
  if (suggestions.length === 0) {
    return {
      id: `Zona waktu ${showValue(received)} tidak dikenal; gunakan ${base.id}.`,
      en: `Unknown time zone ${showValue(received)}; use ${base.en}.`,
    };
  }
  const use = suggestions.map((s) => `"${s}"`);
  const useId = use.length === 1 ? use[0]! : `${use.slice(0, -1).join(', ')} atau ${use.at(-1)!}`;
  const useEn = use.length === 1 ? use[0]! : `${use.slice(0, -1).join(', ')} or ${use.at(-1)!}`;
  return {
    id: `Zona waktu ${showValue(received)} bukan nama zona IANA yang didukung; gunakan ${useId}.`,
    en: `Time zone ${showValue(received)} is not a supported IANA zone name; use ${useEn}.`,
  };
}

/** JSON that does not parse. */
export function invalidJsonMessage(line: number, column: number, reason: LocalizedText): LocalizedText {
  return {
    id: `JSON tidak valid pada baris ${line}, kolom ${column}: ${reason.id}.`,
    en: `Invalid JSON at line ${line}, column ${column}: ${reason.en}.`,
  };
}

/** A workspace written by a newer version of the library. */
export function unsupportedVersionMessage(version: number, current: number): LocalizedText {
  return {
    id: `Workspace ini memakai schemaVersion ${version}, sedangkan @smartcity/core ini hanya mengenal sampai versi ${current}. Perbarui @smartcity/core ke versi terbaru.`,
    en: `This workspace uses schemaVersion ${version}, but this @smartcity/core only knows versions up to ${current}. Upgrade @smartcity/core to the latest version.`,
  };
}

/** An old version for which no migration exists. */
export function noMigrationMessage(version: number, current: number): LocalizedText {
  return {
    id: `Tidak ada migrasi dari schemaVersion ${version} ke ${current}.`,
    en: `There is no migration from schemaVersion ${version} to ${current}.`,
  };
}

/** A migration function failed. */
export function migrationFailedMessage(from: number, to: number, reason: string): LocalizedText {
  return {
    id: `Migrasi dari schemaVersion ${from} ke ${to} gagal: ${reason}.`,
    en: `Migration from schemaVersion ${from} to ${to} failed: ${reason}.`,
  };
}

/** A region code whose province part names no province. */
export function unknownProvinceCodeMessage(regionCode: string, provinceCode: string): LocalizedText {
  return {
    id: `Kode wilayah "${regionCode}": kode provinsi "${provinceCode}" tidak dikenal. Kode provinsi Kemendagri: 11–19, 21, 31–36, 51–53, 61–65, 71–76, 81–82, 91–96.`,
    en: `Region code "${regionCode}": province code "${provinceCode}" is unknown. Kemendagri province codes: 11–19, 21, 31–36, 51–53, 61–65, 71–76, 81–82, 91–96.`,
  };
}

/** A province name that is not the province of the region code. */
export function provinceMismatchMessage(
  given: string,
  regionCode: string,
  expected: string,
  found: string | undefined,
): LocalizedText {
  const other =
    found === undefined ? { id: '', en: '' } : { id: ` (itu ${found})`, en: ` (that is ${found})` };
  return {
    id: `Provinsi "${given}"${other.id} tidak sesuai dengan kode wilayah ${regionCode}, yang berada di provinsi ${expected}.`,
    en: `Province "${given}"${other.en} does not match region code ${regionCode}, which is in ${expected}.`,
  };
}

/** A time zone that is not the one of the region code's province. */
export function zoneMismatchMessage(
  zone: string,
  regionCode: string,
  province: string,
  expected: string,
  sameOffset: boolean,
): LocalizedText {
  const note = sameOffset
    ? {
        id: ' Jamnya sama saat ini, tetapi zona IANA provinsi ini yang benar untuk tanggal lampau dan mendatang.',
        en: " The clocks agree today, but the province's own IANA zone is the right one for past and future dates.",
      }
    : { id: '', en: '' };
  return {
    id: `Zona waktu "${zone}" tidak sesuai dengan kode wilayah ${regionCode} (${province}); gunakan "${expected}".${note.id}`,
    en: `Time zone "${zone}" does not match region code ${regionCode} (${province}); use "${expected}".${note.en}`,
  };
}
