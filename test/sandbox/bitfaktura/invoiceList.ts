/** The invoice list's filters and order (docs/services/bitfaktura.md, Lists). Filters combine with AND. */
import { castBoolean } from './attributes';
import { addDays, addMonths, isIsoDate, monthEnd, monthStart, yearOf } from '../common/dates';
import { parseMoney } from '../common/decimal';
import type { Params } from './params';
import { textParam } from './params';
import type { InvoiceRecord } from './store';
import { idFrom } from '../common/table';

interface DateRange {
	from?: string;
	to?: string;
}

/**
 * `period` on the `search_date_type` column. Default and unknown values mean `last_12_months` (VosFactures
 * README). `date_from`/`date_to` count only with `period=more` (MCP server notes, observed). INFERRED bounds:
 * the rolling periods start that long before today and have no upper bound; calendar periods cover whole
 * months or years.
 */
function periodRange(params: Params, today: string): DateRange {
	const lastMonth = addMonths(today, -1);
	switch (textParam(params, 'period')) {
		case 'all':
			return {};
		case 'more': {
			const from = textParam(params, 'date_from');
			const to = textParam(params, 'date_to');
			return { from: isIsoDate(from) ? from : undefined, to: isIsoDate(to) ? to : undefined };
		}
		case 'this_month':
			return { from: monthStart(today), to: monthEnd(today) };
		case 'last_month':
			return { from: monthStart(lastMonth), to: monthEnd(lastMonth) };
		case 'last_30_days':
			return { from: addDays(today, -30) };
		case 'this_year':
			return { from: `${yearOf(today)}-01-01`, to: `${yearOf(today)}-12-31` };
		case 'last_year':
			return { from: `${yearOf(today) - 1}-01-01`, to: `${yearOf(today) - 1}-12-31` };
		default:
			return { from: addMonths(today, -12) };
	}
}

/** `issue_date` (default), `paid_date`, `transaction_date` (Fakturownia README). */
const SEARCH_DATE_COLUMNS = ['issue_date', 'paid_date', 'transaction_date'] as const;

function inRange(value: unknown, range: DateRange): boolean {
	if (range.from === undefined && range.to === undefined) return true;
	if (typeof value !== 'string') return false;
	return (range.from === undefined || value >= range.from) && (range.to === undefined || value <= range.to);
}

function listOf(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(String);
	if (typeof value === 'string' || typeof value === 'number') {
		return String(value)
			.split(',')
			.map((part) => part.trim())
			.filter((part) => part !== '');
	}
	return [];
}

export function filterInvoices(invoices: InvoiceRecord[], params: Params, today: string): InvoiceRecord[] {
	const range = periodRange(params, today);
	const requestedColumn = textParam(params, 'search_date_type');
	const dateColumn = SEARCH_DATE_COLUMNS.find((column) => column === requestedColumn) ?? 'issue_date';
	// `income=no` lists costs (API page); income invoices otherwise.
	const income = castBoolean(params.income) !== false;
	const equals = (key: string, actual: (invoice: InvoiceRecord) => unknown) => {
		const wanted = textParam(params, key);
		return (invoice: InvoiceRecord) => wanted === undefined || wanted === '' || String(actual(invoice) ?? '') === wanted;
	};
	const ids = listOf(params.invoice_ids).map((id) => idFrom(id));
	const kinds = listOf(params.kinds);
	const tests = [
		(invoice: InvoiceRecord) => invoice.income === income,
		(invoice: InvoiceRecord) => inRange(invoice[dateColumn], range),
		equals('client_id', (invoice) => invoice.client_id),
		equals('kind', (invoice) => invoice.kind),
		equals('number', (invoice) => invoice.number),
		equals('oid', (invoice) => invoice.oid),
		// Documents linked to a given document, and documents created from it (API page).
		equals('invoice_id', (invoice) => invoice.invoice_id),
		equals('from_invoice_id', (invoice) => invoice.from_invoice_id),
		(invoice: InvoiceRecord) => kinds.length === 0 || kinds.includes(invoice.kind),
		(invoice: InvoiceRecord) => ids.length === 0 || ids.includes(invoice.id),
	];
	return invoices.filter((invoice) => tests.every((test) => test(invoice)));
}

/** The Fakturownia README's sortable columns; anything else is ignored (INFERRED). */
const ORDER_COLUMNS: readonly string[] = [
	'number',
	'updated_at',
	'price_net',
	'price_gross',
	'price_tax',
	'issue_date',
	'payment_to',
	'paid_date',
	'transaction_date',
	'buyer_name',
	'buyer_tax_no',
	'seller_name',
	'oid',
];
const MONEY_COLUMNS = new Set(['price_net', 'price_gross', 'price_tax']);

function compareValues(column: string, a: unknown, b: unknown): number {
	if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
	if (b === null || b === undefined) return -1;
	if (MONEY_COLUMNS.has(column)) {
		const difference = (parseMoney(a) ?? 0n) - (parseMoney(b) ?? 0n);
		return difference === 0n ? 0 : difference < 0n ? -1 : 1;
	}
	// Numeric-aware, so `2/01/2024` sorts before `10/01/2024`.
	return String(a).localeCompare(String(b), 'en', { numeric: true });
}

/**
 * `order=issue_date` or `order=issue_date.desc` (Fakturownia README); ties and the default are in id order
 * (INFERRED).
 */
export function orderInvoices(invoices: InvoiceRecord[], order: unknown): InvoiceRecord[] {
	if (typeof order !== 'string') return invoices;
	const [column = '', direction] = order.split('.');
	if (!ORDER_COLUMNS.includes(column)) return invoices;
	const sign = direction === 'desc' ? -1 : 1;
	return [...invoices].sort((a, b) => sign * compareValues(column, a[column], b[column]) || a.id - b.id);
}
