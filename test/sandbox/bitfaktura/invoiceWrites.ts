/**
 * Creating and updating invoices: defaults, parties, positions, numbering, validation
 * (docs/services/bitfaktura.md, Invoice).
 */
import {
	castAttributes,
	castBoolean,
	checkReference,
	isBlank,
	nullColumns,
	permit,
	withoutBlanks,
} from './attributes';
import { createClient, findClientForBuyer } from './clients';
import { addDays, isIsoDate, isIsoDateOrMonth } from '../common/dates';
import { mainDepartment } from './departments';
import { BLANK, FieldErrors, INVALID, NOT_IN_LIST, TAKEN } from './errors';
import {
	clientAttributesOfBuyer,
	fillBuyerFromClient,
	fillBuyerFromDepartment,
	fillSellerFromDepartment,
} from './invoiceParties';
import {
	DEFAULT_CURRENCY,
	DEFAULT_LANG,
	DEFAULT_PAYMENT_DAYS,
	INVOICE_CASTS,
	INVOICE_FIELDS,
	INVOICE_KINDS,
	INVOICE_STATUSES,
	NEW_CLIENT_ID,
} from './invoiceRules';
import { applyNestedAttributes } from './nested';
import type { NestedHandlers } from './nested';
import { documentNumber } from './numbering';
import type { Attributes } from './params';
import { buildPosition, editPosition, invoiceTotals } from './positions';
import type { InvoiceRecord, PositionRecord, Store } from './store';
import { idFrom } from '../common/table';
import { randomToken } from './tokens';

function positionHandlers(store: Store, invoiceId: number): NestedHandlers<PositionRecord> {
	return {
		build: (attributes, errors) => buildPosition(store, invoiceId, attributes, errors),
		edit: (position, attributes, errors) => editPosition(store, position, attributes, errors),
	};
}

/**
 * `oid_unique: "yes"` refuses a second invoice with the same order id (API page, Fakturownia README; error
 * shape INFERRED).
 */
function validateInvoice(store: Store, invoice: InvoiceRecord, errors: FieldErrors, oidUnique: boolean): void {
	if (!INVOICE_KINDS.includes(invoice.kind)) errors.add('kind', NOT_IN_LIST);
	if (!INVOICE_STATUSES.includes(invoice.status)) errors.add('status', NOT_IN_LIST);
	if (typeof invoice.income !== 'boolean') errors.add('income', INVALID);
	if (isBlank(invoice.issue_date)) errors.add('issue_date', BLANK);
	if (!isBlank(invoice.sell_date) && !isIsoDateOrMonth(invoice.sell_date)) errors.add('sell_date', INVALID);
	if (invoice.client_id !== NEW_CLIENT_ID) {
		checkReference(errors, 'client', invoice.client_id, (id) => store.clients.find(id));
	}
	checkReference(errors, 'recipient', invoice.recipient_id, (id) => store.clients.find(id));
	checkReference(errors, 'department', invoice.department_id, (id) => store.departments.find(id));
	checkReference(errors, 'category', invoice.category_id, (id) => store.categories.find(id));
	checkReference(errors, 'warehouse', invoice.warehouse_id, (id) => store.warehouses.find(id));
	checkReference(errors, 'invoice', invoice.invoice_id, (id) => store.invoices.find(id));
	checkReference(errors, 'from_invoice', invoice.from_invoice_id, (id) => store.invoices.find(id));
	// PHP client live tests: an invoice without a buyer is refused with `message.buyer_name`.
	if (isBlank(invoice.buyer_name)) errors.add('buyer_name', BLANK);
	const oidTaken = store.invoices.all().some((other) => other.id !== invoice.id && other.oid === invoice.oid);
	if (oidUnique && !isBlank(invoice.oid) && oidTaken) errors.add('oid', TAKEN);
}

/** Sell and transaction dates follow the issue date; the payment term is a date or a number of days. */
function applyDateDefaults(invoice: InvoiceRecord): void {
	if (isBlank(invoice.sell_date)) invoice.sell_date = invoice.issue_date;
	if (isBlank(invoice.transaction_date)) {
		invoice.transaction_date = isIsoDate(invoice.sell_date) ? invoice.sell_date : invoice.issue_date;
	}
	if (!isBlank(invoice.payment_to)) {
		if (isBlank(invoice.payment_to_kind)) invoice.payment_to_kind = 'other_date';
		return;
	}
	if (invoice.payment_to_kind === 'off') return;
	// API page: `"payment_to_kind": 5` issues the invoice "with a 5-day payment term".
	const days = idFrom(invoice.payment_to_kind) ?? DEFAULT_PAYMENT_DAYS;
	invoice.payment_to = addDays(invoice.issue_date, days);
	invoice.payment_to_kind = days;
}

/**
 * The buyer comes from `client_id`; our own side (seller on a sales invoice, buyer on a cost invoice)
 * from `department_id`, or from the main department when neither it nor a name was sent (API page).
 */
function fillParties(store: Store, invoice: InvoiceRecord): void {
	const client = invoice.client_id === NEW_CLIENT_ID ? undefined : store.clients.find(invoice.client_id);
	if (client !== undefined) fillBuyerFromClient(invoice, client);
	const ownSideNamed = !isBlank(invoice.income === false ? invoice.buyer_name : invoice.seller_name);
	const department =
		invoice.department_id === null
			? ownSideNamed
				? undefined
				: mainDepartment(store)
			: store.departments.find(invoice.department_id);
	if (department === undefined) return;
	invoice.department_id = department.id;
	if (invoice.income === false) fillBuyerFromDepartment(invoice, department);
	else fillSellerFromDepartment(invoice, department);
}

/**
 * A sales invoice's buyer becomes a client card: matched when one exists, otherwise created (Fakturownia
 * README).
 */
function linkBuyerClient(store: Store, invoice: InvoiceRecord): void {
	if (invoice.income === false) {
		if (invoice.client_id === NEW_CLIENT_ID) invoice.client_id = null;
		return;
	}
	if (invoice.client_id !== null && invoice.client_id !== NEW_CLIENT_ID) return;
	const existing =
		invoice.client_id === NEW_CLIENT_ID ? undefined : findClientForBuyer(store, invoice.buyer_name, invoice.buyer_tax_no);
	invoice.client_id = (existing ?? createClient(store, clientAttributesOfBuyer(invoice))).id;
}

function numbersInUse(store: Store, invoice: InvoiceRecord): string[] {
	return store.invoices
		.all()
		.filter((other) => other.kind === invoice.kind && other.income === invoice.income)
		.map((other) => other.number);
}

export function createInvoice(store: Store, input: Attributes): InvoiceRecord {
	const errors = new FieldErrors();
	const given = withoutBlanks(castAttributes(permit(input, INVOICE_FIELDS), INVOICE_CASTS, errors));
	const id = store.invoices.allocateId();
	const now = store.now();
	const invoice: InvoiceRecord = {
		...nullColumns(INVOICE_FIELDS),
		sell_date: null,
		transaction_date: null,
		paid_date: null,
		payment_to: null,
		client_id: null,
		department_id: null,
		buyer_name: null,
		buyer_email: null,
		oid: null,
		invoice_id: null,
		from_invoice_id: null,
		kind: 'vat',
		status: 'issued',
		income: true,
		currency: DEFAULT_CURRENCY,
		lang: DEFAULT_LANG,
		paid: '0.00',
		...given,
		id,
		issue_date: isIsoDate(given.issue_date) ? given.issue_date : store.today,
		number: '',
		pattern: 'nr-m/mm/yyyy',
		token: randomToken(),
		view_url: '',
		price_net: '0.00',
		price_tax: '0.00',
		price_gross: '0.00',
		cancelled: false,
		cancel_reason: null,
		sent_time: null,
		from_api: true,
		positions: [],
		created_at: now,
		updated_at: now,
	};
	applyDateDefaults(invoice);
	fillParties(store, invoice);
	invoice.positions = applyNestedAttributes([], input.positions ?? [], 'positions', errors, positionHandlers(store, id));
	validateInvoice(store, invoice, errors, castBoolean(input.oid_unique) === true);
	errors.throwIfAny();

	linkBuyerClient(store, invoice);
	invoice.number = documentNumber(given.number, numbersInUse(store, invoice), invoice.issue_date);
	invoice.view_url = `${store.baseUrl}/f/${encodeURIComponent(invoice.number.replace(/\//g, '-'))}/${invoice.token}`;
	Object.assign(invoice, invoiceTotals(invoice.positions));
	return store.invoices.insert(invoice);
}

/**
 * PUT: given columns change, positions follow nested-attribute rules, totals are recomputed (API page,
 * Fakturownia README).
 */
export function updateInvoice(store: Store, invoice: InvoiceRecord, input: Attributes): void {
	const errors = new FieldErrors();
	const changes = castAttributes(permit(input, INVOICE_FIELDS), INVOICE_CASTS, errors);
	// `"number": null` on update keeps the number; only a create numbers automatically.
	if (isBlank(changes.number)) delete changes.number;
	const candidate = { ...invoice, ...changes } as InvoiceRecord;
	if ('positions' in input) {
		candidate.positions = applyNestedAttributes(
			invoice.positions,
			input.positions,
			'positions',
			errors,
			positionHandlers(store, invoice.id),
		);
	}
	validateInvoice(store, candidate, errors, castBoolean(input.oid_unique) === true);
	errors.throwIfAny();
	Object.assign(invoice, candidate, invoiceTotals(candidate.positions), { updated_at: store.now() });
}
