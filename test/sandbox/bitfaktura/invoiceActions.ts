/** Invoice actions beside CRUD: e-mail, status change, cancellation (docs/services/bitfaktura.md, Invoice). */
import { castBoolean } from './attributes';
import { findOrNotFound } from './crud';
import type { Endpoint } from './endpoint';
import { json } from './endpoint';
import { FieldErrors, NOT_IN_LIST } from './errors';
import { INVOICE_STATUSES, PRINT_OPTIONS } from './invoiceRules';
import type { Params } from './params';
import { textParam } from './params';

/** `email_to` takes at most five addresses (Fakturownia README). */
const MAX_EMAIL_RECIPIENTS = 5;

function addresses(value: unknown): string[] {
	if (typeof value !== 'string') return [];
	return value
		.split(',')
		.map((address) => address.trim())
		.filter((address) => address !== '');
}

export function printOptionOf(params: Params): string {
	const requested = textParam(params, 'print_option');
	return requested !== undefined && PRINT_OPTIONS.includes(requested) ? requested : 'original';
}

/**
 * Refusals come back as HTTP 200 with `{"status":"error"}` (as the Fakturownia KSeF page shows), so a client
 * has to read the body. INFERRED triggers: no recipient at all, or more than five in `email_to`.
 */
const sendByEmail: Endpoint = {
	method: 'POST',
	path: '/invoices/:id/send_by_email.json',
	action: ({ store, path, params }) => {
		const invoice = findOrNotFound(store.invoices, path.id);
		const to = addresses(params.email_to);
		if (to.length > MAX_EMAIL_RECIPIENTS) {
			return json(200, { status: 'error', message: `email_to accepts at most ${MAX_EMAIL_RECIPIENTS} addresses` });
		}
		const recipients = to.length > 0 ? to : addresses(invoice.buyer_email);
		if (recipients.length === 0) return json(200, { status: 'error', message: 'Buyer e-mail is missing' });
		if (to.length > 0 && castBoolean(params.update_buyer_email) === true) invoice.buyer_email = to.join(', ');
		const now = store.now();
		store.emails.push({
			invoiceId: invoice.id,
			number: invoice.number,
			to: recipients,
			cc: addresses(params.email_cc),
			attachPdf: castBoolean(params.email_pdf) === true,
			printOption: printOptionOf(params),
			sentAt: now,
		});
		invoice.sent_time = now;
		if (invoice.status === 'issued') invoice.status = 'sent';
		invoice.updated_at = now;
		return json(200, { status: 'ok' });
	},
};

/** `?status=` in the query; the success body is undocumented, `{"code":"success"}` as unit mocks assume. */
const changeStatus: Endpoint = {
	method: 'POST',
	path: '/invoices/:id/change_status.json',
	action: ({ store, path, params }) => {
		const invoice = findOrNotFound(store.invoices, path.id);
		const status = textParam(params, 'status');
		if (status === undefined || !INVOICE_STATUSES.includes(status)) {
			const errors = new FieldErrors();
			errors.add('status', NOT_IN_LIST);
			errors.throwIfAny();
		}
		invoice.status = String(status);
		invoice.updated_at = store.now();
		return json(200, { code: 'success' });
	},
};

/** Cancel keeps the document, marked `cancelled` with its reason (Fakturownia README). */
const cancel: Endpoint = {
	method: 'POST',
	path: '/invoices/cancel.json',
	action: ({ store, params }) => {
		const invoice = findOrNotFound(store.invoices, params.cancel_invoice_id);
		invoice.cancelled = true;
		invoice.cancel_reason = textParam(params, 'cancel_reason') ?? null;
		invoice.updated_at = store.now();
		return json(200, { code: 'success' });
	},
};

export const invoiceActionEndpoints: Endpoint[] = [sendByEmail, changeStatus, cancel];
