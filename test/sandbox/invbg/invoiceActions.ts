/**
 * What is done with an invoice besides CRUD — its PDF and e-mail — and the two dictionaries an invoice
 * form needs (docs/services/invbg.md, "Invoices"). The endpoints are named by third-party integration code
 * and MCP pages; the dictionaries' answer shapes and the e-mail answer are INFERRED.
 */
import { onePagePdf } from '../common/pdf';
import { findOrNotFound } from './crud';
import type { Call, Endpoint } from './endpoint';
import { json } from './endpoint';
import { Complaints, InvBgError, text } from './errors';
import { EMAIL, FieldReader, objectBody } from './fields';
import type { InvoiceRecord, Language } from './store';

const TYPE_TITLES: Record<InvoiceRecord['type'], { bg: string; en: string }> = {
	dan: { bg: 'Faktura', en: 'Invoice' },
	prof: { bg: 'Proforma faktura', en: 'Pro forma invoice' },
	deb: { bg: 'Debitno izvestie', en: 'Debit note' },
	cred: { bg: 'Kreditno izvestie', en: 'Credit note' },
};

/**
 * The print-out in the caller's language; the sandbox's PDF font speaks Latin-1, so Bulgarian titles are
 * transliterated and the recipient's name may show as `?`.
 */
export function invoicePdf(invoice: InvoiceRecord, language: Language): Buffer {
	return onePagePdf([
		`${TYPE_TITLES[invoice.type][language]} ${invoice.number}`,
		`${language === 'bg' ? 'Data' : 'Date'}: ${invoice.date_create}`,
		`${language === 'bg' ? 'Poluchatel' : 'Recipient'}: ${invoice.to_name}`,
		`${language === 'bg' ? 'Obshto' : 'Total'}: ${invoice.payment_amount_total.toFixed(2)} ${invoice.payment_currency}`,
	]);
}

const findInvoice = (call: Call) => findOrNotFound(call.store.invoices, call.path.id);

/**
 * INFERRED: the e-mail endpoint answers its errors as `{"error": {"description"}}`, the form a third-party
 * integration reads besides the plain one — so a node meets all three error shapes somewhere.
 */
function described(complaints: Complaints): void {
	try {
		complaints.throwIfAny();
	} catch (error) {
		if (!(error instanceof InvBgError) || error.answer.kind !== 'validation') throw error;
		const [first] = Object.entries(error.answer.errors);
		throw new InvBgError({
			kind: 'description',
			status: 422,
			text: text(`${first[0]}: ${first[1].bg}`, `${first[0]}: ${first[1].en}`),
		});
	}
}

function sendEmail(call: Call) {
	const invoice = findInvoice(call);
	const fields = new FieldReader(objectBody(call.body), new Complaints(), true);
	fields.onlyKnown(['email', 'subject', 'message', 'delivery', 'inv_language']);
	const email = fields.text('email', { required: true, pattern: EMAIL });
	const subject = fields.text('subject', { max: 300 });
	const message = fields.text('message', { max: 5000 });
	const delivery = fields.oneOf('delivery', ['link', 'file'] as const);
	const language = fields.oneOf('inv_language', ['bg', 'en'] as const);
	// INFERRED: a draft or an annulled invoice is not sent.
	if (invoice.is_draft === 1 || invoice.is_annulled === 1)
		fields.complaints.add('id', text('Фактурата не може да бъде изпратена', 'The invoice cannot be sent'));
	described(fields.complaints);
	call.store.emails.push({
		invoiceId: invoice.id,
		number: invoice.number,
		email: email ?? '',
		subject: subject ?? null,
		message: message ?? null,
		delivery: delivery ?? 'link',
		language: language ?? call.language,
		via: 'v3',
	});
	return json(201, { success: true });
}

/** Listed before `/invoices/:id`, which would otherwise take `without-vat-reasons` for an id. */
export const invoiceDictionaryEndpoints: Endpoint[] = [
	{
		method: 'GET',
		path: '/invoices/without-vat-reasons',
		action: (call) => json(200, { reasons: call.store.withoutVatReasons }),
	},
	{
		method: 'GET',
		path: '/invoices/payment-methods',
		action: (call) => json(200, { methods: call.store.paymentMethods }),
	},
];

export const invoiceActionEndpoints: Endpoint[] = [
	{
		method: 'GET',
		path: '/invoices/:id/pdf',
		action: (call) => ({
			status: 200,
			bytes: invoicePdf(findInvoice(call), call.language),
			contentType: 'application/pdf',
		}),
	},
	{ method: 'POST', path: '/invoices/:id/emails', action: sendEmail },
];
