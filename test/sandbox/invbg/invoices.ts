/**
 * `/invoices` CRUD (docs/services/invbg.md, "Invoices"). The list filters' names come from third-party MCP
 * pages (INFERRED); DELETE is in no source at all, so the fake takes the safest reading: only a draft can go.
 */
import { isIsoDate } from '../common/dates';
import { idFrom } from '../common/table';
import type { QueryValue } from '../server';
import { crudEndpoints } from './crud';
import type { Complaints } from './errors';
import { refuse, text } from './errors';
import { createInvoice, INVOICE_TYPES, updateInvoice } from './invoiceRules';
import { NUMBER_PATTERN } from './numbering';
import type { InvoiceRecord } from './store';

const NOT_ALLOWED = text('Непозволена стойност', 'The value is not allowed');

type Filter = (value: string, complaints: Complaints) => ((invoice: InvoiceRecord) => boolean) | undefined;

function dateFilter(key: string, keep: (date: string, bound: string) => boolean): Filter {
	return (value, complaints) => {
		if (!isIsoDate(value))
			return void complaints.add(key, text('Датата трябва да е във формат ГГГГ-ММ-ДД', 'The date must be YYYY-MM-DD'));
		return (invoice) => keep(invoice.date_create, value);
	};
}

/** `partially-paid`: something paid, something still due; `unpaid`: nothing paid yet (INFERRED). */
const STATUS_TESTS: Record<string, (invoice: InvoiceRecord) => boolean> = {
	paid: (invoice) => invoice.status === 'paid',
	unpaid: (invoice) => invoice.status === 'unpaid' && invoice.balance_paid === 0,
	'partially-paid': (invoice) => invoice.balance_paid > 0 && invoice.balance_due > 0,
};

const FILTERS: Record<string, Filter> = {
	type: (value, complaints) =>
		INVOICE_TYPES.includes(value as InvoiceRecord['type'])
			? (invoice) => invoice.type === value
			: void complaints.add('type', NOT_ALLOWED),
	date_from: dateFilter('date_from', (date, bound) => date >= bound),
	date_to: dateFilter('date_to', (date, bound) => date <= bound),
	client_id: (value, complaints) => {
		const id = idFrom(value);
		return id === undefined ? void complaints.add('client_id', NOT_ALLOWED) : (invoice) => invoice.client_id === id;
	},
	// INFERRED: an exact match on the stored 10-digit number, so `15` does not find `0000000015`.
	number: (value, complaints) =>
		NUMBER_PATTERN.test(value) ? (invoice) => invoice.number === value : void complaints.add('number', NOT_ALLOWED),
	status: (value, complaints) => STATUS_TESTS[value] ?? void complaints.add('status', NOT_ALLOWED),
	is_annulled: (value, complaints) =>
		value === '0' || value === '1'
			? (invoice) => invoice.is_annulled === Number(value)
			: void complaints.add('is_annulled', NOT_ALLOWED),
};

function filterInvoices(
	rows: InvoiceRecord[],
	query: Record<string, QueryValue>,
	complaints: Complaints,
): InvoiceRecord[] {
	let kept = rows;
	for (const [key, filter] of Object.entries(FILTERS)) {
		const value = query[key];
		if (value === undefined) continue;
		const test = typeof value === 'string' ? filter(value, complaints) : void complaints.add(key, NOT_ALLOWED);
		if (test) kept = kept.filter(test);
	}
	return kept;
}

export const invoiceEndpoints = crudEndpoints<InvoiceRecord>({
	collection: '/invoices',
	rowsKey: 'invoices',
	table: (store) => store.invoices,
	filter: filterInvoices,
	create: createInvoice,
	created: (invoice) => ({ number: invoice.number }),
	update: updateInvoice,
	remove: (_store, invoice) => {
		if (invoice.is_draft !== 1)
			throw refuse('id', text('Само чернови могат да бъдат изтривани', 'Only drafts can be deleted'));
	},
});
