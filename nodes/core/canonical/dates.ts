import { InvalidValueError } from './errors';
import type { IsoDate } from './types';

/**
 * Dates are calendar dates, not instants: an invoice issued on 2024-05-10 in Warsaw is dated 2024-05-10
 * wherever n8n runs. So a date-time is cut to the date as written, never converted between time zones.
 */

const DATE_OR_DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const EXPECTED_DATE = 'a date as YYYY-MM-DD (a date-time such as 2024-05-10T14:30:00+02:00 is cut to its date)';

interface WrittenDateTime {
	date: IsoDate;
	time: string | undefined;
}

/** Something with a `toISO()` method, as the luxon DateTime of n8n expressions (`{{ $now }}`). */
interface IsoConvertible {
	toISO(): string | null;
}

function isIsoConvertible(value: unknown): value is IsoConvertible {
	return typeof value === 'object' && value !== null && typeof (value as IsoConvertible).toISO === 'function';
}

function daysInMonth(year: number, month: number): number {
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function isCalendarDate(year: number, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function isClockTime(hours: number, minutes: number, seconds: number): boolean {
	return hours <= 23 && minutes <= 59 && seconds <= 59;
}

/**
 * A JS `Date` is an instant without a zone of its own, so its UTC date is taken; luxon values and
 * strings keep the date their writer gave them.
 */
function asText(input: unknown): string | undefined {
	if (typeof input === 'string') return input.trim();
	if (input instanceof Date) return Number.isNaN(input.getTime()) ? undefined : input.toISOString();
	if (isIsoConvertible(input)) return input.toISO() ?? undefined;
	return undefined;
}

function readDateTime(input: unknown, fieldLabel: string): WrittenDateTime {
	const match = DATE_OR_DATE_TIME.exec(asText(input) ?? '');
	if (match === null) throw new InvalidValueError(fieldLabel, input, EXPECTED_DATE);
	const [, year, month, day, hours, minutes, seconds = '00'] = match;
	const clockIsValid = hours === undefined || isClockTime(Number(hours), Number(minutes), Number(seconds));
	if (!isCalendarDate(Number(year), Number(month), Number(day)) || !clockIsValid) {
		throw new InvalidValueError(fieldLabel, input, 'a real calendar date as YYYY-MM-DD');
	}
	return {
		date: `${year}-${month}-${day}`,
		time: hours === undefined ? undefined : `${hours}:${minutes}:${seconds}`,
	};
}

/** `"2024-05-10"`, `"2024-05-10T23:30:00-05:00"`, a luxon DateTime → `"2024-05-10"`. */
export function parseDate(input: unknown, fieldLabel: string): IsoDate {
	return readDateTime(input, fieldLabel).date;
}

