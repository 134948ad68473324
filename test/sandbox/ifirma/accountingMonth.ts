/**
 * The open accounting month (docs/services/ifirma.md, Accounting month): sales must fall inside it, and the
 * client moves it one month at a time with PUT `abonent/miesiacksiegowy.json` (`NAST`/`POPRZ`, as ifirma's
 * shop connectors do).
 */
import { monthEnd } from '../common/dates';
import type { Endpoint } from './endpoint';
import { ok, route } from './endpoint';
import { checkShape } from './shape';
import type { AccountingMonth, IfirmaStore } from './store';
import { FieldReader, Problems } from './validation';

export function monthPrefix(month: AccountingMonth): string {
	return `${month.year}-${String(month.month).padStart(2, '0')}`;
}

export function isInAccountingMonth(store: IfirmaStore, date: string): boolean {
	return date.startsWith(`${monthPrefix(store.accountingMonth)}-`);
}

export function lastDayOfAccountingMonth(store: IfirmaStore): string {
	return monthEnd(`${monthPrefix(store.accountingMonth)}-01`);
}

/** `MM/YYYY` for messages. */
export function accountingMonthLabel(store: IfirmaStore): string {
	const { year, month } = store.accountingMonth;
	return `${String(month).padStart(2, '0')}/${year}`;
}

export function setAccountingMonth(store: IfirmaStore, year: number, month: number): void {
	if (!Number.isInteger(year) || year < 1900 || year > 9999 || !Number.isInteger(month) || month < 1 || month > 12) {
		throw new Error(`not an accounting month: ${year}-${month}`);
	}
	store.accountingMonth = { year, month };
}

function shift(month: AccountingMonth, by: 1 | -1): AccountingMonth {
	const index = month.year * 12 + (month.month - 1) + by;
	return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function monthPayload(store: IfirmaStore): Record<string, number> {
	return { MiesiacKsiegowy: store.accountingMonth.month, RokKsiegowy: store.accountingMonth.year };
}

export const accountingMonthEndpoints: readonly Endpoint[] = [
	// INFERRED texts; the two numbers are what ifirma's shop connectors read.
	route('GET', '/iapi/abonent/miesiacksiegowy.json', ({ store }) => ok('Miesiąc księgowy', monthPayload(store))),
	route('PUT', '/iapi/abonent/miesiacksiegowy.json', ({ store, body }) => {
		const fields = checkShape(body, { MiesiacKsiegowy: 'string', PrzeniesDaneZPoprzedniegoRoku: 'boolean' });
		const problems = new Problems();
		const direction = new FieldReader(fields, problems).choice('MiesiacKsiegowy', ['NAST', 'POPRZ'], { required: true });
		problems.throwIfAny();
		// `PrzeniesDaneZPoprzedniegoRoku` carries data into a new year; the sandbox keeps no yearly data to carry.
		store.accountingMonth = shift(store.accountingMonth, direction === 'NAST' ? 1 : -1);
		return ok('Zmieniono miesiąc księgowy', monthPayload(store));
	}),
];
