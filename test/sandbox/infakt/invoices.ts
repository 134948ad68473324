/**
 * VAT and pro forma invoices (docs/services/infakt.md, Invoices): the rules a create or an update must pass,
 * and the record they produce. The async create task and `addInvoice` both end in `createInvoice`, so seeded
 * invoices obey the API's rules. Unknown fields are ignored, as Rails' strong parameters drop them (INFERRED).
 */
import { randomUUID } from 'node:crypto';
import { addDays } from '../common/dates';
import { InfaktError, MESSAGE, notFound, Problems } from './errors';
import { readLines, totalsOf } from './lines';
import { noteChosenNumber, takeNumber } from './numbering';
import { timestamp } from './store';
import type { Client, InfaktStore, Invoice, InvoiceKind, ServiceLine } from './store';
import {
	BUSINESS_ACTIVITY_KINDS,
	PAYMENT_METHODS,
	readBoolean,
	readCountry,
	readDate,
	readEmail,
	readEnum,
	readInteger,
	readText,
} from './values';
import type { Input } from './values';

const KINDS: readonly InvoiceKind[] = ['vat', 'proforma'];
const SALE_TYPES = ['service', 'merchandise'];
const CURRENCY = /^[A-Z]{3}$/;
/** INFERRED: the due date when neither the request nor the client's `days_to_payment` gives one. */
const DEFAULT_DAYS_TO_PAYMENT = 7;

type BuyerField =
	| 'client_company_name'
	| 'client_first_name'
	| 'client_last_name'
	| 'client_tax_code'
	| 'client_street'
	| 'client_street_number'
	| 'client_flat_number'
	| 'client_city'
	| 'client_post_code'
	| 'client_country'
	| 'client_email'
	| 'client_business_activity_kind';

type Buyer = Pick<Invoice, BuyerField>;

type Reader = (input: Input, field: string, problems: Problems) => string | null;

const readKind: Reader = (input, field, problems) => readEnum(input, field, BUSINESS_ACTIVITY_KINDS, problems);

/** Each buyer field and how it is read; the keys are every buyer field an invoice carries. */
const BUYER_READERS: Record<BuyerField, Reader> = {
	client_company_name: readText,
	client_first_name: readText,
	client_last_name: readText,
	client_tax_code: readText,
	client_street: readText,
	client_street_number: readText,
	client_flat_number: readText,
	client_city: readText,
	client_post_code: readText,
	client_country: readCountry,
	client_email: readEmail,
	client_business_activity_kind: readKind,
};

const BUYER_FIELDS = Object.keys(BUYER_READERS) as BuyerField[];

/** INFERRED: a `client_id` fills the buyer from the client record; fields sent inline win over it. */
function fromClient(client: Client | undefined): Partial<Buyer> {
	if (client === undefined) return {};
	return {
		client_company_name: client.company_name,
		client_first_name: client.first_name,
		client_last_name: client.last_name,
		client_tax_code: client.nip,
		client_street: client.street,
		client_street_number: client.street_number,
		client_flat_number: client.flat_number,
		client_city: client.city,
		client_post_code: client.postal_code,
		client_country: client.country,
		client_email: client.email,
		client_business_activity_kind: client.business_activity_kind,
	};
}

function buyerOf(invoice: Invoice | undefined): Partial<Buyer> {
	return invoice === undefined ? {} : Object.fromEntries(BUYER_FIELDS.map((field) => [field, invoice[field]]));
}

/** Only the fields the body names, so an update that leaves one out keeps it, and one that sends null clears it. */
function readSentBuyer(input: Input, problems: Problems): Partial<Buyer> {
	const sent: Partial<Buyer> = {};
	for (const field of BUYER_FIELDS) if (field in input) sent[field] = BUYER_READERS[field](input, field, problems);
	return sent;
}

interface ReadClient {
	fields: Buyer & Pick<Invoice, 'client_id'>;
	/** The client named by a `client_id` sent in this request. */
	record: Client | undefined;
}

/**
 * A `client_id` sent names the whole buyer anew (and must exist); otherwise an update keeps the buyer it
 * has, even when its client has since been deleted.
 */
function readClient(store: InfaktStore, input: Input, existing: Invoice | undefined, problems: Problems): ReadClient {
	const clientIdSent = input.client_id !== undefined;
	const clientId = clientIdSent ? readInteger(input, 'client_id', problems) : (existing?.client_id ?? null);
	const record = clientIdSent && clientId !== null ? store.clients.find(clientId) : undefined;
	if (clientIdSent && clientId !== null && record === undefined) problems.add('client_id', MESSAGE.NO_CLIENT_RECORD);
	const empty = Object.fromEntries(BUYER_FIELDS.map((field) => [field, null])) as Buyer;
	const underlying = clientIdSent ? fromClient(record) : buyerOf(existing);
	const buyer: Buyer = { ...empty, ...underlying, ...readSentBuyer(input, problems) };
	const named = buyer.client_company_name !== null || (buyer.client_first_name !== null && buyer.client_last_name !== null);
	if (clientId === null && !named) problems.add('client_company_name', MESSAGE.NO_CLIENT);
	return { fields: { ...buyer, client_id: clientId }, record };
}

interface Bank {
	bank_name: string | null;
	bank_account: string | null;
	swift: string | null;
}

/** INFERRED: a transfer without an account named gets the account kept in the invoice's currency, else the default one. */
function readBank(store: InfaktStore, input: Input, problems: Problems, paymentMethod: string, currency: string): Bank {
	const sent = {
		bank_name: readText(input, 'bank_name', problems),
		bank_account: readText(input, 'bank_account', problems),
		swift: readText(input, 'swift', problems),
	};
	if (sent.bank_account !== null || paymentMethod !== 'transfer') return sent;
	const account = store.bankAccounts.find((candidate) => candidate.currency === currency) ?? store.bankAccounts.find((candidate) => candidate.default);
	return account === undefined ? sent : { bank_name: account.bank_name, bank_account: account.account_number, swift: account.swift };
}

function readExemption(store: InfaktStore, input: Input, problems: Problems, lines: readonly ServiceLine[]): number | null {
	const reason = readInteger(input, 'vat_exemption_reason', problems);
	if (reason !== null && !store.vatExemptions.some((exemption) => exemption.id === reason)) {
		problems.add('vat_exemption_reason', MESSAGE.INVALID);
	}
	if (reason === null && lines.some((line) => line.tax_symbol === 'zw')) problems.add('vat_exemption_reason', MESSAGE.EXEMPTION_REQUIRED);
	return reason;
}

function numberTaken(store: InfaktStore, kind: InvoiceKind, number: string, self: string | undefined): boolean {
	return [...store.invoices.values()].some((invoice) => invoice.kind === kind && invoice.number === number && invoice.uuid !== self);
}

/**
 * Reads `input` over `existing` (an update) or alone (a create) and checks the whole result. `services`
 * when sent replace every line; when absent an update keeps them.
 */
function buildInvoice(store: InfaktStore, input: Input, existing: Invoice | undefined): Invoice {
	const problems = new Problems();
	const source: Input = existing === undefined ? input : { ...existing, ...input };
	const kind = (existing?.kind ?? readEnum(input, 'kind', KINDS, problems) ?? 'vat') as InvoiceKind;
	const lines =
		existing !== undefined && input.services === undefined ? existing.services : readLines(input, problems, () => store.lineIds.take());
	if (lines === undefined) problems.add('services', MESSAGE.NO_SERVICES);
	const paymentMethod = readEnum(source, 'payment_method', PAYMENT_METHODS, problems, MESSAGE.PAYMENT_METHOD) ?? 'transfer';
	const currency = readText(source, 'currency', problems) ?? 'PLN';
	if (!CURRENCY.test(currency)) problems.add('currency', MESSAGE.INVALID);
	const invoiceDate = readDate(source, 'invoice_date', problems) ?? store.today;
	const saleDate = readDate(source, 'sale_date', problems) ?? invoiceDate;
	const client = readClient(store, input, existing, problems);
	const paymentDate =
		readDate(source, 'payment_date', problems) ?? addDays(invoiceDate, client.record?.days_to_payment ?? DEFAULT_DAYS_TO_PAYMENT);
	const chosenNumber = readText(source, 'number', problems);
	const checkDuplicate = readBoolean(input, 'check_duplicate_number', problems) ?? false;
	if (chosenNumber !== null && checkDuplicate && numberTaken(store, kind, chosenNumber, existing?.uuid)) problems.add('number', MESSAGE.TAKEN);
	const bank = readBank(store, source, problems, paymentMethod, currency);
	const exemption = readExemption(store, source, problems, lines ?? []);
	const saleType = readEnum(source, 'sale_type', SALE_TYPES, problems);
	const splitPayment = readBoolean(source, 'split_payment', problems) ?? false;
	const notes = readText(source, 'notes', problems);
	if (problems.any || lines === undefined) throw new InfaktError(422, { errors: problems.errors });

	if (chosenNumber !== null) noteChosenNumber(store, kind, chosenNumber);
	const totals = totalsOf(lines);
	const paid = existing?.paid_date !== null && existing?.paid_date !== undefined;
	return {
		id: existing?.id ?? store.invoiceIds.take(),
		uuid: existing?.uuid ?? randomUUID(),
		number: chosenNumber ?? takeNumber(store, kind, invoiceDate),
		kind,
		currency,
		status: existing?.status ?? 'draft',
		payment_method: paymentMethod,
		invoice_date: invoiceDate,
		sale_date: saleDate,
		payment_date: paymentDate,
		paid_date: existing?.paid_date ?? null,
		...totals,
		paid_price: paid ? totals.gross_price : 0,
		left_to_pay: paid ? 0 : totals.gross_price,
		...client.fields,
		...bank,
		notes,
		split_payment: splitPayment,
		vat_exemption_reason: exemption,
		sale_type: saleType,
		services: lines,
		created_at: existing?.created_at ?? timestamp(store.today),
	};
}

/** The rules of the async create's task, run synchronously; throws 422 with the field errors. */
export function createInvoice(store: InfaktStore, input: Input): Invoice {
	const invoice = buildInvoice(store, input, undefined);
	store.invoices.set(invoice.uuid, invoice);
	return invoice;
}

export function findInvoice(store: InfaktStore, uuid: string): Invoice {
	return store.invoices.get(uuid) ?? notFound();
}

export function updateInvoice(store: InfaktStore, uuid: string, input: Input): Invoice {
	const invoice = buildInvoice(store, input, findInvoice(store, uuid));
	store.invoices.set(uuid, invoice);
	return invoice;
}

export function deleteInvoice(store: InfaktStore, uuid: string): void {
	findInvoice(store, uuid);
	store.invoices.delete(uuid);
}

/** A copy, so a client holding an answer never changes the store. */
export function renderInvoice(invoice: Invoice): Invoice {
	return { ...invoice, services: invoice.services.map((line) => ({ ...line })) };
}
