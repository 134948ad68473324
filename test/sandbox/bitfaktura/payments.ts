/**
 * Payments (`/banking/payments.json`, wrapper `banking_payment`). A payment pays its invoices in the order
 * given, the first fully, then the next partially (API page), and each invoice's `paid` and status follow.
 * Update is PATCH (BitFaktura and Fakturownia READMEs); GET one answers on the singular path of the JSON docs
 * and the plural one too.
 */
import type { Casts } from './attributes';
import { castAttributes, checkReference, isBlank, nullColumns, permit, withoutBlanks } from './attributes';
import { crudEndpoints } from './crud';
import type { ResourceDefinition } from './crud';
import { formatMoney, moneyOf } from '../common/decimal';
import { BLANK, FieldErrors, MUST_EXIST } from './errors';
import { DEFAULT_CURRENCY } from './invoiceRules';
import { presentInvoice } from './invoices';
import type { Attributes } from './params';
import type { InvoiceRecord, PaymentRecord, Store } from './store';
import { idFrom } from '../common/table';

/** The keys of the API page's "full JSON" example. */
const PAYMENT_FIELDS: readonly string[] = [
	'name',
	'price',
	'invoice_id',
	'paid',
	'kind',
	'paid_date',
	'currency',
	'description',
	'comment',
	'client_id',
	'department_id',
	'oid',
	'email',
	'first_name',
	'last_name',
	'phone',
	'street',
	'city',
	'post_code',
	'country',
	'generate_invoice',
	'invoice_name',
	'invoice_tax_no',
	'invoice_street',
	'invoice_city',
	'invoice_post_code',
	'invoice_country',
	'invoice_comment',
	'product_id',
	'quantity',
	'promocode',
	'provider',
	'provider_response',
	'provider_status',
	'provider_title',
	'deleted',
];

const PAYMENT_CASTS: Casts = {
	ids: ['invoice_id', 'client_id', 'department_id', 'product_id'],
	booleans: ['paid', 'generate_invoice', 'deleted'],
	money: ['price'],
	dates: ['paid_date'],
};

/** `invoice_id` and `invoice_ids[]` together, in order, without repeats. */
function invoiceIdsOf(attributes: Attributes): unknown[] {
	const listed = Array.isArray(attributes.invoice_ids) ? attributes.invoice_ids : [];
	const all = isBlank(attributes.invoice_id) ? listed : [attributes.invoice_id, ...listed];
	return [...new Set(all.map((id) => idFrom(id) ?? id))];
}

function validate(store: Store, payment: Attributes, invoiceIds: unknown[], errors: FieldErrors): void {
	if (isBlank(payment.name)) errors.add('name', BLANK);
	if (isBlank(payment.price)) errors.add('price', BLANK);
	if (invoiceIds.some((id) => store.invoices.find(id) === undefined)) errors.add('invoice', MUST_EXIST);
	checkReference(errors, 'client', payment.client_id, (id) => store.clients.find(id));
	checkReference(errors, 'department', payment.department_id, (id) => store.departments.find(id));
	checkReference(errors, 'product', payment.product_id, (id) => store.products.find(id));
	errors.throwIfAny();
}

function setPaid(invoice: InvoiceRecord, cents: bigint, paidDate: string): void {
	invoice.paid = formatMoney(cents);
	if (cents >= moneyOf(invoice.price_gross)) {
		invoice.status = 'paid';
		invoice.paid_date = paidDate;
	} else if (cents > 0n) {
		invoice.status = 'partial';
	}
}

/** INFERRED: a payment marked `paid: false` is only announced, so it pays nothing yet. */
function applyPayment(store: Store, payment: PaymentRecord): void {
	const allocations = [];
	let remaining = payment.paid ? moneyOf(payment.price) : 0n;
	for (const id of payment.invoice_ids) {
		const invoice = store.invoices.find(id);
		if (remaining <= 0n || invoice === undefined) continue;
		const due = moneyOf(invoice.price_gross) - moneyOf(invoice.paid);
		if (due <= 0n) continue;
		const cents = remaining < due ? remaining : due;
		allocations.push({ invoiceId: invoice.id, cents, statusBefore: invoice.status });
		setPaid(invoice, moneyOf(invoice.paid) + cents, payment.paid_date ?? store.today);
		remaining -= cents;
	}
	store.allocations.set(payment.id, allocations);
}

/** Takes back what the payment paid, before it is edited or deleted (INFERRED). */
function revertPayment(store: Store, payment: PaymentRecord): void {
	for (const allocation of store.allocations.get(payment.id) ?? []) {
		const invoice = store.invoices.find(allocation.invoiceId);
		if (invoice === undefined) continue;
		const paid = moneyOf(invoice.paid) - allocation.cents;
		invoice.paid = formatMoney(paid);
		invoice.status = paid > 0n ? 'partial' : allocation.statusBefore;
		if (invoice.status !== 'paid') invoice.paid_date = null;
	}
	store.allocations.delete(payment.id);
}

export function createPayment(store: Store, input: Attributes): PaymentRecord {
	const errors = new FieldErrors();
	const given = withoutBlanks(castAttributes(permit(input, PAYMENT_FIELDS), PAYMENT_CASTS, errors));
	const invoiceIds = invoiceIdsOf({ ...given, invoice_ids: input.invoice_ids });
	validate(store, given, invoiceIds, errors);
	const now = store.now();
	const payment = store.payments.insert({
		...nullColumns(PAYMENT_FIELDS),
		kind: 'api',
		currency: DEFAULT_CURRENCY,
		...given,
		id: store.payments.allocateId(),
		name: String(given.name),
		price: String(given.price),
		paid: given.paid !== false,
		paid_date: (given.paid_date as string | undefined) ?? null,
		invoice_id: (invoiceIds[0] as number | undefined) ?? null,
		invoice_ids: invoiceIds as number[],
		created_at: now,
		updated_at: now,
	});
	applyPayment(store, payment);
	return payment;
}

function updatePayment(store: Store, payment: PaymentRecord, input: Attributes): void {
	const errors = new FieldErrors();
	const changes = castAttributes(permit(input, PAYMENT_FIELDS), PAYMENT_CASTS, errors);
	const candidate = { ...payment, ...changes };
	const relinked = 'invoice_id' in changes || 'invoice_ids' in input;
	const invoiceIds = relinked ? invoiceIdsOf({ ...candidate, invoice_ids: input.invoice_ids }) : payment.invoice_ids;
	validate(store, candidate, invoiceIds, errors);
	revertPayment(store, payment);
	Object.assign(payment, changes, {
		paid: candidate.paid !== false,
		invoice_id: (invoiceIds[0] as number | undefined) ?? null,
		invoice_ids: invoiceIds as number[],
		updated_at: store.now(),
	});
	applyPayment(store, payment);
}

const payments: ResourceDefinition<PaymentRecord> = {
	collection: '/banking/payments',
	wrapper: 'banking_payment',
	table: (store) => store.payments,
	create: createPayment,
	update: updatePayment,
	updateMethod: 'PATCH',
	remove: revertPayment,
	/** `include=invoices` embeds the linked invoices (BitFaktura and Fakturownia READMEs). */
	present: (payment, call) => {
		if (call.params.include !== 'invoices') return { ...payment };
		const linked = payment.invoice_ids
			.map((id) => call.store.invoices.find(id))
			.filter((invoice): invoice is InvoiceRecord => invoice !== undefined);
		return { ...payment, invoices: linked.map((invoice) => presentInvoice(invoice, false)) };
	},
};

const crud = crudEndpoints(payments);

export const paymentEndpoints = [
	...Object.values(crud),
	{ ...crud.get, path: '/banking/payment/:id.json' },
];
