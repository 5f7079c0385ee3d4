import { describe, expect, it } from 'vitest';
import { computeOffset, zoneOffsetMinutes, zonedIso } from '@/lib/sites/time';

const HOUR = 3_600_000;

describe('US Pacific time without Intl', () => {
  it('agrees with Intl from 1987 to 2040: hourly in the weeks a switch can fall in, every six hours elsewhere', () => {
    const wrong: string[] = [];
    let checked = 0;
    // Switches: first two Sundays of March, first Sunday of April, last of October, first of November.
    const switchWeek = (month: number, day: number): boolean =>
      (month === 2 && day <= 14) ||
      (month === 3 && day <= 7) ||
      (month === 9 && day >= 25) ||
      (month === 10 && day <= 7);
    for (let t = Date.UTC(1987, 0, 1); t < Date.UTC(2041, 0, 1);) {
      const d = new Date(t);
      if (zoneOffsetMinutes(t, 'America/Los_Angeles') !== computeOffset(t, 'America/Los_Angeles')) {
        wrong.push(d.toISOString());
      }
      checked++;
      t += switchWeek(d.getUTCMonth(), d.getUTCDate()) ? HOUR : 6 * HOUR;
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(54 * 4 * 340);
  });

  it('reads wall-clock times next to the switches as Intl does', () => {
    // 2021-03-14 2:00 PST → 3:00 PDT; 2021-11-07 2:00 PDT → 1:00 PST.
    expect(zonedIso(2021, 3, 14, 1, 59, 'America/Los_Angeles')).toBe('2021-03-14T09:59:00.000Z');
    expect(zonedIso(2021, 3, 14, 3, 0, 'America/Los_Angeles')).toBe('2021-03-14T10:00:00.000Z');
    expect(zonedIso(2021, 11, 7, 0, 30, 'America/Los_Angeles')).toBe('2021-11-07T07:30:00.000Z');
    expect(zonedIso(2021, 11, 7, 3, 0, 'America/Los_Angeles')).toBe('2021-11-07T11:00:00.000Z');
    // Before 2007: first Sunday of April, last Sunday of October.
    expect(zonedIso(2005, 4, 3, 12, 0, 'America/Los_Angeles')).toBe('2005-04-03T19:00:00.000Z');
    expect(zonedIso(2005, 10, 30, 12, 0, 'America/Los_Angeles')).toBe('2005-10-30T20:00:00.000Z');
  });
});
