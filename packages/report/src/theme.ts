import type { Issue, Result } from '@smartcity/core';
import { issue } from '@smartcity/core';

/**
 * Colours of a report; each a CSS hex colour (`#1a5fb4` or `#15b`).
 *
 * @example
 * ```ts
 * const colors: ReportColors = { primary: '#0b5394', accent: '#e69138' };
 * ```
 */
export interface ReportColors {
  /** Headings, chart series and table headers. */
  primary?: string;
  /** The second series (e.g. verified scores) and highlights. */
  accent?: string;
  /** Body text. */
  text?: string;
  /** Page background. */
  background?: string;
}

/**
 * How a report looks: the city's name as printed, its logo and its colours.
 *
 * @example
 * ```ts
 * const theme: ReportTheme = { cityName: 'Pemerintah Kota Pontianak', logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=', colors: { primary: '#0b5394' } };
 * ```
 */
export interface ReportTheme {
  cityName?: string;
  /** `data:image/png;base64,…`, `data:image/jpeg;base64,…` or `data:image/svg+xml;base64,…` (≤ 512 KiB). */
  logoDataUrl?: string;
  colors?: ReportColors;
}

/** A theme after validation, every colour filled in. Internal. */
export interface ResolvedTheme {
  cityName?: string;
  logoDataUrl?: string;
  colors: Required<ReportColors>;
}

/**
 * The default colours (contrast ≥ 4.5:1 for text on the background).
 *
 * @example
 * ```ts
 * DEFAULT_COLORS.primary; // '#0b4f8a'
 * ```
 */
export const DEFAULT_COLORS: Readonly<Required<ReportColors>> = Object.freeze({
  primary: '#0b4f8a',
  accent: '#b45309',
  text: '#1f2933',
  background: '#ffffff',
});

const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const LOGO = /^data:image\/(?:png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;
const MAX_LOGO = 512 * 1024;

/**
 * Validates a theme: colours must be hex colours, the logo a base64 data URL of a PNG, JPEG or SVG image, the
 * city name plain text of at most 200 characters. Anything else is an issue (nothing is silently dropped).
 *
 * @example
 * ```ts
 * validateTheme({ colors: { primary: 'red;}</style>' } }).success; // false
 * validateTheme({ colors: { primary: '#0b5394' } }).success; // true
 * ```
 */
export function validateTheme(theme: unknown): Result<ResolvedTheme> {
  const issues: Issue[] = [];
  const colors = { ...DEFAULT_COLORS };
  const resolved: ResolvedTheme = { colors };
  if (theme === undefined || theme === null) return { success: true, data: resolved };
  if (typeof theme !== 'object' || Array.isArray(theme)) {
    return {
      success: false,
      issues: [
        issue(['theme'], 'invalid_type', {
          id: 'Tema harus berupa objek',
          en: 'The theme must be an object',
        }),
      ],
    };
  }
  const t = theme as Record<string, unknown>;
  if (t.cityName !== undefined) {
    if (typeof t.cityName !== 'string' || t.cityName.trim() === '' || t.cityName.length > 200) {
      issues.push(
        issue(['theme', 'cityName'], 'invalid_value', {
          id: 'Nama kota pada tema harus teks 1–200 karakter',
          en: 'The theme city name must be text of 1–200 characters',
        }),
      );
    } else resolved.cityName = t.cityName.trim();
  }
  if (t.logoDataUrl !== undefined) {
    if (typeof t.logoDataUrl !== 'string' || !LOGO.test(t.logoDataUrl) || t.logoDataUrl.length > MAX_LOGO) {
      issues.push(
        issue(['theme', 'logoDataUrl'], 'invalid_value', {
          id: 'Logo harus berupa data URL base64 gambar PNG, JPEG atau SVG (data:image/png;base64,…), maksimal 512 KiB',
          en: 'The logo must be a base64 data URL of a PNG, JPEG or SVG image (data:image/png;base64,…), at most 512 KiB',
        }),
      );
    } else resolved.logoDataUrl = t.logoDataUrl;
  }
  if (t.colors !== undefined) {
    if (typeof t.colors !== 'object' || t.colors === null || Array.isArray(t.colors)) {
      issues.push(
        issue(['theme', 'colors'], 'invalid_type', {
          id: 'Warna tema harus berupa objek',
          en: 'Theme colours must be an object',
        }),
      );
    } else {
      const given = t.colors as Record<string, unknown>;
      for (const key of Object.keys(given)) {
        const value = given[key];
        if (!(key in DEFAULT_COLORS)) {
          issues.push(
            issue(['theme', 'colors', key], 'unrecognized_key', {
              id: `"${key}" bukan warna tema (primary, accent, text, background)`,
              en: `"${key}" is not a theme colour (primary, accent, text, background)`,
            }),
          );
        } else if (value !== undefined) {
          if (typeof value !== 'string' || !HEX.test(value)) {
            issues.push(
              issue(['theme', 'colors', key], 'invalid_value', {
                id: `Warna "${key}" harus kode heksadesimal seperti #0b5394`,
                en: `Colour "${key}" must be a hex code such as #0b5394`,
              }),
            );
          } else colors[key as keyof ReportColors] = value.toLowerCase();
        }
      }
    }
  }
  return issues.length > 0 ? { success: false, issues } : { success: true, data: resolved };
}
