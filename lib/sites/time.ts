/** Date helpers for sites that print local wall-clock times instead of timestamps. */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month number (1-12) from an English month name or its 3-letter abbreviation; 0 when unknown. */
export function monthNumber(name: string): number {
  const n = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(n)) + 1;
}

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one (5,000 comments). */
const formats = new Map<string, Intl.DateTimeFormat>();

/** Offsets already computed, per zone and quarter hour (zones change offset only on a quarter hour). */
const offsets = new Map<string, number>();
const QUARTER_HOUR = 15 * 60_000;

/** Offset in minutes of `timeZone` from UTC at the given UTC instant. */
function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  const key = `${timeZone} ${Math.floor(utcMs / QUARTER_HOUR)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = computeOffset(utcMs, timeZone);
    // Bounded: a page has at most a few thousand distinct quarter hours.
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

function computeOffset(utcMs: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(utcMs));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour') % 24,
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - utcMs) / 60000);
}

/**
 * ISO 8601 instant for a wall-clock time in a named time zone (handles daylight saving).
 * Returns null for impossible dates.
 */
export function zonedIso(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): string | null {
  if (!year || !month || !day) return null;
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(guess)) return null;
  // Two passes settle the offset even right next to a daylight-saving switch.
  let utc = guess - zoneOffsetMinutes(guess, timeZone) * 60000;
  utc = guess - zoneOffsetMinutes(utc, timeZone) * 60000;
  return new Date(utc).toISOString();
}

/** Parses "5:31 PM" into 24-hour [hour, minute]; null when it does not look like a time. */
export function parseClock(text: string): [number, number] | null {
  const m = /(\d{1,2}):(\d{2})\s*([AP])\.?M\.?/i.exec(text);
  if (!m) return null;
  let h = Number(m[1]) % 12;
  if (m[3]!.toUpperCase() === 'P') h += 12;
  return [h, Number(m[2])];
}
