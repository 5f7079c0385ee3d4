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
const offsets = new Map<string, Map<number, number>>();
const QUARTER_HOUR = 15 * 60_000;

/** The n-th (1-based) Sunday of a month, or its last one (n = 0), as a UTC day of the month. */
function sunday(year: number, month: number, n: number): number {
  if (n === 0) {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return last.getUTCDate() - last.getUTCDay();
  }
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

/**
 * US Pacific time (MetaFilter's clock) by the federal daylight-saving rules of 1987–2006 and
 * since 2007, with no Intl call: building the first time-zone formatter of a page costs more
 * than reading a 1,000-comment thread. Null outside the years the rules are known for (the
 * caller then asks Intl). tests/unit/sites/time.test.ts checks it against Intl hour by hour.
 */
function pacificOffsetMinutes(utcMs: number): number | null {
  const year = new Date(utcMs).getUTCFullYear();
  if (year < 1987 || year > 2099) return null;
  let span = pacificSummers.get(year);
  if (!span) {
    // Daylight time starts at 2:00 standard (10:00 UTC) and ends at 2:00 daylight (9:00 UTC).
    span =
      year < 2007
        ? [Date.UTC(year, 3, sunday(year, 3, 1), 10), Date.UTC(year, 9, sunday(year, 9, 0), 9)]
        : [Date.UTC(year, 2, sunday(year, 2, 2), 10), Date.UTC(year, 10, sunday(year, 10, 1), 9)];
    pacificSummers.set(year, span);
  }
  return utcMs >= span[0] && utcMs < span[1] ? -420 : -480;
}

/** Daylight-saving start and end of each year, as UTC instants. */
const pacificSummers = new Map<number, [number, number]>();

/** Offset in minutes of `timeZone` from UTC at the given UTC instant. */
export function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  if (timeZone === 'America/Los_Angeles') {
    const pacific = pacificOffsetMinutes(utcMs);
    if (pacific !== null) return pacific;
  }
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  const key = Math.floor(utcMs / QUARTER_HOUR);
  let offset = zone.get(key);
  if (offset === undefined) {
    offset = computeOffset(utcMs, timeZone);
    // Bounded: a page has at most a few thousand distinct quarter hours.
    if (zone.size > 10_000) zone.clear();
    zone.set(key, offset);
  }
  return offset;
}

/** The offset as Intl computes it (exported for tests). */
export function computeOffset(utcMs: number, timeZone: string): number {
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
