/**
 * Calendar arithmetic on event timestamps, without `Date` objects: `core` never reads the clock,
 * and integer arithmetic gives the same answer in every tier and time zone setting.
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** The widest offsets in use are UTC−12 and UTC+14; ISO 8601 allows up to ±18 hours. */
const MAX_OFFSET_MINUTES = 18 * 60;

/** A proleptic Gregorian calendar date. */
export interface CivilDate {
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
  /** 1 to 31. */
  readonly day: number;
}

/**
 * The calendar date of a count of days since 1970-01-01 (negative before it), for any integer.
 * Howard Hinnant's `civil_from_days`, with floor division so it also holds before year 0.
 */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097; // day of era, 0..146096
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // day of year from March 1st
  const mp = Math.floor((5 * doy + 2) / 153); // month from March, 0..11
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** ISO 8601 year: four digits for 0000–9999, else a sign and six digits (as `toISOString` does). */
export function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return (year < 0 ? '-' : '+') + pad(Math.abs(year), 6);
}

/** `YYYY-MM-DD` of a civil date. */
export function isoDate(date: CivilDate): string {
  return `${isoYear(date.year)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * The school's calendar day for a fixed offset from UTC, as a `dayOf` function for the mastery
 * folds: `utcDay(-300)` is UTC−5 (New York in winter), `utcDay(60)` is UTC+1. It returns
 * `YYYY-MM-DD`. A timestamp that is not a finite number (a damaged event) gives `"unknown"`.
 *
 * A fixed offset does not follow daylight-saving changes; the hour it shifts by is outside
 * school hours, so the day boundary of a school day is the same. A caller that knows the
 * school's time zone rules can pass its own `dayOf` instead.
 *
 * @throws RangeError when the offset is not an integer number of minutes within ±18 hours.
 */
export function utcDay(offsetMinutes = 0): (at: number) => string {
  if (!Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) {
    throw new RangeError(
      `utcDay: the offset must be a whole number of minutes between -${MAX_OFFSET_MINUTES} and ${MAX_OFFSET_MINUTES}, got ${offsetMinutes}`,
    );
  }
  const shift = offsetMinutes * MS_PER_MINUTE;
  // Folds ask for the day of every event, and consecutive events are mostly on the same day.
  let lastIndex = Number.NaN;
  let lastDay = '';
  return (at: number) => {
    if (!Number.isFinite(at)) return 'unknown';
    const index = Math.floor((at + shift) / MS_PER_DAY);
    if (index !== lastIndex) {
      lastIndex = index;
      lastDay = isoDate(civilFromDays(index));
    }
    return lastDay;
  };
}

/**
 * ISO 8601 UTC timestamp with milliseconds, `2024-05-01T14:03:07.123Z`: the same text as
 * `Date.prototype.toISOString` for every timestamp it accepts (±8.64e15 ms), without a `Date`.
 *
 * @throws RangeError when `at` is not a finite number within that range.
 */
export function isoTimestamp(at: number): string {
  if (!Number.isFinite(at) || Math.abs(at) > 8.64e15) {
    throw new RangeError(`isoTimestamp: not a valid timestamp: ${at}`);
  }
  const ms = Math.trunc(at);
  const days = Math.floor(ms / MS_PER_DAY);
  let rest = ms - days * MS_PER_DAY; // 0..86399999
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const hour = (rest - minute) / 60;
  return `${isoDate(civilFromDays(days))}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(milli, 3)}Z`;
}
