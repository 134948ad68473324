/**
 * `/invoices...` and `/async/invoices...` (docs/services/infakt.md, Invoices and Asynchronous tasks).
 */
import { isIsoDate } from '../common/dates';
import { badParameter, failWith, MESSAGE } from './errors';
import type { Endpoint } from './endpoint';
import { json, noContent, plainBody, wrapped } from './endpoint';
import { deleteInvoice, findInvoice, renderInvoice, updateInvoice } from './invoices';
import { digitsOf, listEnvelope, queryText, ransackBoolean } from './lists';
import type { ListSpec } from './lists';
import { peekNumber } from './numbering';
import type { Invoice, InvoiceKind } from './store';
import { acceptedBody, assertUnlocked, pollTask, submitTask } from './tasks';

export const INVOICE_LIST: ListSpec<Invoice> = {
	path: '/invoices.json',
	filters: {
		number_eq: (invoice, value) => invoice.number === value,
		clean_client_nip_eq: (invoice, value) => digitsOf(invoice.client_tax_code) === value,
		invoice_date_gteq: (invoice, value) => invoice.invoice_date >= value,
		invoice_date_lteq: (invoice, value) => invoice.invoice_date <= value,
		paid_date_null: (invoice, value) => {
			const unpaid = ransackBoolean(value);
			return unpaid === undefined || (invoice.paid_date === null) === unpaid;
		},
		// INFERRED: the docs show `kind` on every invoice but no example of filtering on it.
		kind_eq: (invoice, value) => invoice.kind === value,
	},
	sortable: {
		invoice_date: (invoice) => invoice.invoice_date,
		number: (invoice) => invoice.number,
		gross_price: (invoice) => invoice.gross_price,
		payment_date: (invoice) => invoice.payment_date,
	},
};

const NEXT_NUMBER_KINDS: readonly InvoiceKind[] = ['vat', 'proforma'];

export const DOCUMENT_TYPES = ['original_copy', 'original', 'copy', 'original_duplicate', 'copy_duplicate', 'duplicate', 'regular', 'double_regular'];
export const PRINT_TYPES = ['original', 'copy', 'original_duplicate', 'copy_duplicate', 'duplicate', 'regular'];
export const LOCALES = ['pl', 'en', 'pe'];

export const invoiceEndpoints: readonly Endpoint[] = [
	{
		method: 'GET',
		path: '/invoices.json',
		handle: ({ request, store }) => json(listEnvelope([...store.invoices.values()], request, INVOICE_LIST, renderInvoice)),
	},
	{
		method: 'GET',
		path: '/invoices/next_number.json',
		handle: ({ request, store }) => {
			const kind = queryText(request, 'kind');
			if (kind === undefined || !NEXT_NUMBER_KINDS.includes(kind as InvoiceKind)) return badParameter('kind');
			const date = queryText(request, 'date') ?? store.today;
			if (!isIsoDate(date)) return badParameter('date');
			return json({ invoice_date: date, invoice_kind: kind, next_number: peekNumber(store, kind as InvoiceKind, date) });
		},
	},
	{
		method: 'GET',
		path: '/invoices/:uuid.json',
		handle: ({ params, store }) => json(renderInvoice(findInvoice(store, params.uuid ?? ''))),
	},
	{
		method: 'PUT',
		path: '/invoices/:uuid.json',
		handle: (call) => {
			const uuid = call.params.uuid ?? '';
			assertUnlocked(call.store, uuid);
			return json(renderInvoice(updateInvoice(call.store, uuid, wrapped(call, 'invoice'))));
		},
	},
	{
		method: 'DELETE',
		path: '/invoices/:uuid.json',
		handle: ({ params, store }) => {
			assertUnlocked(store, params.uuid ?? '');
			deleteInvoice(store, params.uuid ?? '');
			return noContent();
		},
	},
	{
		method: 'POST',
		path: '/async/invoices.json',
		handle: (call) => {
			if (call.settings.planLimitReached) failWith(402, MESSAGE.PLAN_LIMIT);
			const task = submitTask(call.store, 'create', wrapped(call, 'invoice'));
			return json(acceptedBody(task), call.settings.taskAnswerStatus);
		},
	},
	{
		method: 'POST',
		path: '/async/invoices/:uuid/paid.json',
		handle: (call) => {
			const invoice = findInvoice(call.store, call.params.uuid ?? '');
			const body = plainBody(call);
			const input = body.paid_date === undefined ? {} : { paid_date: body.paid_date };
			const task = submitTask(call.store, 'paid', input, invoice.uuid);
			return json(acceptedBody(task), call.settings.taskAnswerStatus);
		},
	},
	{
		method: 'GET',
		path: '/async/invoices/status/:reference.json',
		handle: ({ params, store, settings }) => json(pollTask(store, params.reference ?? '', settings.timing)),
	},
];
