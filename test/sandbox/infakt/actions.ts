/**
 * The print-out and the e-mail (docs/services/infakt.md, PDF and e-mail). Each changes the invoice's status
 * as a side effect: the PDF to `printed`, the e-mail to `sent`. The last action wins, so a paid invoice
 * printed again reads `printed` while its `paid_date` stays (observed by a third-party client).
 */
import { formatMoney } from '../common/decimal';
import { onePagePdf } from '../common/pdf';
import { badParameter, InfaktError, MESSAGE, Problems } from './errors';
import type { Endpoint } from './endpoint';
import { plainBody } from './endpoint';
import { DOCUMENT_TYPES, LOCALES, PRINT_TYPES } from './invoiceEndpoints';
import { findInvoice } from './invoices';
import { queryText } from './lists';
import type { InfaktStore, Invoice, InvoiceStatus } from './store';
import { readBoolean, readEmail, readEnum } from './values';

function setStatus(store: InfaktStore, invoice: Invoice, status: InvoiceStatus): void {
	store.invoices.set(invoice.uuid, { ...invoice, status });
}

function buyerName(invoice: Invoice): string {
	return invoice.client_company_name ?? [invoice.client_first_name, invoice.client_last_name].filter(Boolean).join(' ');
}

function printOut(invoice: Invoice, documentType: string, locale: string): Buffer {
	return onePagePdf([
		`${invoice.kind === 'proforma' ? 'Faktura pro forma' : 'Faktura VAT'} ${invoice.number}`,
		`Nabywca: ${buyerName(invoice)}`,
		`Brutto: ${formatMoney(BigInt(invoice.gross_price))} ${invoice.currency}`,
		`Egzemplarz: ${documentType}, jezyk: ${locale}`,
	]);
}

export const actionEndpoints: readonly Endpoint[] = [
	{
		method: 'GET',
		path: '/invoices/:uuid/pdf.json',
		handle: ({ request, params, store }) => {
			const invoice = findInvoice(store, params.uuid ?? '');
			const documentType = queryText(request, 'document_type');
			if (documentType === undefined || !DOCUMENT_TYPES.includes(documentType)) return badParameter('document_type');
			const locale = queryText(request, 'locale') ?? 'pl';
			if (!LOCALES.includes(locale)) return badParameter('locale');
			setStatus(store, invoice, 'printed');
			return { status: 200, bytes: printOut(invoice, documentType, locale), contentType: 'application/pdf' };
		},
	},
	{
		method: 'POST',
		path: '/invoices/:uuid/deliver_via_email.json',
		handle: (call) => {
			const invoice = findInvoice(call.store, call.params.uuid ?? '');
			const body = plainBody(call);
			const problems = new Problems();
			const printType = readEnum(body, 'print_type', PRINT_TYPES, problems);
			if (body.print_type === undefined || body.print_type === null) problems.add('print_type', MESSAGE.BLANK);
			const locale = readEnum(body, 'locale', LOCALES, problems) ?? 'pl';
			const sendCopy = readBoolean(body, 'send_copy', problems) ?? false;
			const recipient = readEmail(body, 'recipient', problems) ?? invoice.client_email;
			if (recipient === null && !problems.errors.recipient) problems.add('recipient', MESSAGE.NO_RECIPIENT);
			if (problems.any || printType === null || recipient === null) throw new InfaktError(422, { errors: problems.errors });
			call.store.emails.push({ invoiceUuid: invoice.uuid, recipient, print_type: printType, locale, send_copy: sendCopy });
			setStatus(call.store, invoice, 'sent');
			return { status: 202, empty: true };
		},
	},
];
