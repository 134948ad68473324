/**
 * Invoices: CRUD at `/invoices.json`, the PDF print-out, and the actions (docs/services/bitfaktura.md,
 * Invoice).
 */
import { castBoolean } from './attributes';
import { crudEndpoints, findOrNotFound } from './crud';
import type { ResourceDefinition, View } from './crud';
import type { Call, Endpoint } from './endpoint';
import { invoiceActionEndpoints, printOptionOf } from './invoiceActions';
import { filterInvoices, orderInvoices } from './invoiceList';
import { createInvoice, updateInvoice } from './invoiceWrites';
import type { Attributes } from './params';
import { invoicePdf } from './pdf';
import type { InvoiceRecord } from './store';

export function presentInvoice(invoice: InvoiceRecord, withPositions: boolean): Attributes {
	const { positions, ...columns } = invoice;
	return withPositions ? { ...columns, positions: positions.map((position) => ({ ...position })) } : columns;
}

/**
 * GET one carries `positions`; list rows only with `include_positions=true` (BitFaktura and Fakturownia
 * READMEs); create and update answers carry none, as in the captured 2018 answers.
 */
function showsPositions(call: Call, view: View): boolean {
	if (view === 'one') return true;
	return view === 'list' && castBoolean(call.params.include_positions) === true;
}

const invoices: ResourceDefinition<InvoiceRecord> = {
	collection: '/invoices',
	wrapper: 'invoice',
	table: (store) => store.invoices,
	create: createInvoice,
	update: updateInvoice,
	filter: (rows, call) => orderInvoices(filterInvoices(rows, call.params, call.store.today), call.params.order),
	present: (invoice, call, view) => presentInvoice(invoice, showsPositions(call, view)),
};

/** `print_option` = original | copy | original_and_copy | duplicate (BitFaktura and Fakturownia READMEs). */
const invoicePdfEndpoint: Endpoint = {
	method: 'GET',
	path: '/invoices/:id.pdf',
	action: ({ store, path, params }) => {
		const invoice = findOrNotFound(store.invoices, path.id);
		const fileName = `${invoice.number.replace(/[/\\"]/g, '_')}.pdf`;
		return {
			status: 200,
			bytes: invoicePdf(invoice, printOptionOf(params)),
			contentType: 'application/pdf',
			headers: { 'Content-Disposition': `inline; filename="${fileName}"` },
		};
	},
};

export const invoiceEndpoints: Endpoint[] = [
	...Object.values(crudEndpoints(invoices)),
	invoicePdfEndpoint,
	...invoiceActionEndpoints,
];
