/**
 * Which character a student's locale uses as the decimal separator.
 *
 * An explicit table rather than `Intl.NumberFormat`: the verdict is stored in the event log and
 * must be the same in every tier and browser, whatever ICU data the runtime ships.
 *
 * Spanish needs care: Spain and most of South America write `0,5`, but Mexico, the United
 * States, Central America and the Caribbean write `0.5` — and most Spanish-speaking students
 * of a US school learn the decimal point. Plain `es` follows Spain (`0,5`); tag the seat `es-US`
 * (or `es-MX`, `es-419`) for the decimal point.
 */

/** Languages whose default region writes a decimal comma. */
const DECIMAL_COMMA_LANGUAGES = new Set([
  'af',
  'az',
  'be',
  'bg',
  'bs',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'eu',
  'fi',
  'fo',
  'fr',
  'gl',
  'hr',
  'hu',
  'hy',
  'id',
  'is',
  'it',
  'ka',
  'kk',
  'ky',
  'lt',
  'lv',
  'mk',
  'mn',
  'nb',
  'nl',
  'nn',
  'no',
  'pl',
  'pt',
  'ro',
  'ru',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'tr',
  'uk',
  'uz',
  'vi',
]);

/** Regions that write a decimal point although their language's default does not. */
const DECIMAL_POINT_REGIONS = new Set([
  'es-us',
  'es-mx',
  'es-419',
  'es-gt',
  'es-hn',
  'es-ni',
  'es-pa',
  'es-pr',
  'es-do',
  'es-sv',
  'de-ch',
  'de-li',
  'it-ch',
]);

/** Regions that write a decimal comma although their language's default does not. */
const DECIMAL_COMMA_REGIONS = new Set(['en-za']);

/** True when `locale` (a BCP 47 tag such as `es`, `pt-BR`, `es-US`) writes `0,5` for one half. */
export function usesDecimalComma(locale: string | undefined): boolean {
  if (!locale) return false;
  const parts = locale.toLowerCase().replaceAll('_', '-').split('-');
  const language = parts[0] ?? '';
  // The region is the first 2-letter or 3-digit subtag after the language (skipping a script).
  const region = parts.slice(1).find((p) => /^(?:[a-z]{2}|\d{3})$/.test(p));
  const tag = region ? `${language}-${region}` : language;
  if (DECIMAL_POINT_REGIONS.has(tag)) return false;
  if (DECIMAL_COMMA_REGIONS.has(tag)) return true;
  return DECIMAL_COMMA_LANGUAGES.has(language);
}
