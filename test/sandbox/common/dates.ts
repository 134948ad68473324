/** Calendar dates as the services write them (`YYYY-MM-DD`), computed in UTC so no time zone shifts a day. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

function toDate(date: string): Date {
	return new Date(`${date}T00:00:00Z`);
}

function fromDate(value: Date): string {
	return value.toISOString().slice(0, 10);
}

/** A real calendar day in `YYYY-MM-DD` form (`2024-02-30` is not). */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
	const parsed = toDate(value);
	return !Number.isNaN(parsed.getTime()) && fromDate(parsed) === value;
}

/** BitFaktura's `sell_date` may also name a whole month (Fakturownia README). */
export function isIsoDateOrMonth(value: unknown): boolean {
	if (isIsoDate(value)) return true;
	const match = typeof value === 'string' ? ISO_MONTH.exec(value) : null;
	return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

export function todayUtc(): string {
	return fromDate(new Date());
}

export function addDays(date: string, days: number): string {
	const value = toDate(date);
	value.setUTCDate(value.getUTCDate() + days);
	return fromDate(value);
}

/** Same day `months` later, clamped to the month's last day (31 March − 1 month → 29 February). */
export function addMonths(date: string, months: number): string {
	const value = toDate(date);
	const day = value.getUTCDate();
	value.setUTCDate(1);
	value.setUTCMonth(value.getUTCMonth() + months);
	const lastDay = new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth() + 1, 0)).getUTCDate();
	value.setUTCDate(Math.min(day, lastDay));
	return fromDate(value);
}

export function monthStart(date: string): string {
	return `${date.slice(0, 7)}-01`;
}

export function monthEnd(date: string): string {
	return addDays(addMonths(monthStart(date), 1), -1);
}

export function yearOf(date: string): number {
	return Number(date.slice(0, 4));
}
