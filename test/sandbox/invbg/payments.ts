/**
 * Payments and their allocation to invoices (docs/services/invbg.md, "Payments"): endpoints named on
 * third-party MCP pages, which also say a payment carries `currency` and `currency_rate`; the bodies'
 * shapes and every rule below are INFERRED.
 */
import { addPaid } from './balance';
import { findOrNotFound } from './crud';
import type { Call, Endpoint } from './endpoint';
import { json } from './endpoint';
import { Complaints, text } from './errors';
import { checkDecimal, CURRENCY, FieldReader, objectBody } from './fields';
import { plainList } from './paging';
import type { InvBgStore, InvoiceRecord, PaymentRecord } from './store';
import { PAYMENT_METHODS } from './store';
import { cents, moneyNumber } from './totals';

const NOT_ALLOWED = text('Непозволена стойност', 'The value is not allowed');
const TOO_MUCH = text('Сумата надвишава дължимото', 'The amount is more than what is due');

/** Same rules as POST /payments; throws InvBgError when they fail. */
export function createPayment(store: InvBgStore, body: unknown): PaymentRecord {
	const fields = new FieldReader(objectBody(body), new Complaints(), true);
	fields.onlyKnown(['amount', 'currency', 'currency_rate', 'date', 'payment_method', 'notes'], ['id', 'invoices']);
	const amount = fields.decimal('amount', { required: true, scale: 2, positive: true });
	const currency = fields.text('currency', { required: true, pattern: CURRENCY });
	const rate = fields.decimal('currency_rate', { required: true, scale: 6, positive: true });
	const date = fields.date('date', true);
	const method = fields.oneOf(
		'payment_method',
		PAYMENT_METHODS.map((entry) => entry.code),
		true,
	);
	const notes = fields.text('notes', { max: 2000 });
	fields.complaints.throwIfAny();
	return store.payments.insert({
		id: store.payments.allocateId(),
		amount: amount ?? 0,
		currency: currency ?? '',
		currency_rate: rate ?? 1,
		date: date ?? store.today,
		payment_method: method ?? '',
		notes: notes ?? null,
		invoices: [],
	});
}

interface Share {
	invoice: InvoiceRecord;
	amount: bigint;
}

function readShares(call: Call, payment: PaymentRecord, complaints: Complaints): Share[] {
	const body = objectBody(call.body);
	for (const key of Object.keys(body))
		if (key !== 'invoices') complaints.add(key, text('Непознато поле', 'Unknown field'));
	const list = body.invoices;
	if (!Array.isArray(list) || list.length === 0) {
		complaints.add('invoices', text('Полето е задължително', 'The field is required'));
		return [];
	}
	const shares: Share[] = [];
	list.forEach((entry: unknown, index) => {
		const at = `invoices.${index}`;
		const { id, amount } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
		const invoice = typeof id === 'number' ? call.store.invoices.find(id) : undefined;
		if (invoice === undefined) return complaints.add(`${at}.id`, text('Няма такава фактура', 'No such invoice'));
		if (
			typeof amount !== 'number' ||
			checkDecimal(complaints, `${at}.amount`, amount, { scale: 2, positive: true }) === undefined
		) {
			return complaints.add(`${at}.amount`, NOT_ALLOWED);
		}
		if (invoice.is_draft === 1 || invoice.is_annulled === 1)
			return complaints.add(`${at}.id`, text('Фактурата не може да бъде платена', 'The invoice cannot be paid'));
		// INFERRED: a payment pays invoices in its own currency; the rate converts to the firm's, not between documents.
		if (invoice.payment_currency !== payment.currency)
			return complaints.add(`${at}.id`, text('Различна валута', 'Another currency'));
		shares.push({ invoice, amount: cents(amount) });
	});
	return shares;
}

function allocate(call: Call) {
	const payment = findOrNotFound(call.store.payments, call.path.id);
	const complaints = new Complaints();
	const shares = readShares(call, payment, complaints);
	const dueLeft = new Map<number, bigint>();
	for (const { invoice, amount } of shares) {
		const left = (dueLeft.get(invoice.id) ?? cents(invoice.balance_due)) - amount;
		if (left < 0n) complaints.add('invoices', TOO_MUCH);
		dueLeft.set(invoice.id, left);
	}
	const already = payment.invoices.reduce((sum, share) => sum + cents(share.amount), 0n);
	const asked = shares.reduce((sum, share) => sum + share.amount, 0n);
	if (already + asked > cents(payment.amount))
		complaints.add('invoices', text('Сумата надвишава плащането', 'The amount is more than the payment'));
	complaints.throwIfAny();
	for (const { invoice, amount } of shares) {
		addPaid(invoice, amount);
		payment.invoices.push({ id: invoice.id, amount: moneyNumber(amount) });
	}
	return json(201, { success: true });
}

export const paymentEndpoints: Endpoint[] = [
	{ method: 'GET', path: '/payments', action: (call) => plainList(call, call.store.payments.all(), 'payments') },
	{ method: 'POST', path: '/payments', action: (call) => json(201, { id: createPayment(call.store, call.body).id }) },
	{ method: 'POST', path: '/payments/:id/invoices', action: allocate },
];
