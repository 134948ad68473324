/**
 * The firm's data, kept in the shape API v3 answers it (decimals as JSON numbers), so a test can compare a
 * stored record with what went on the wire. Amounts are recomputed through bigints (../common/decimal) on
 * every write, never added as floats.
 */
import { Sequence, Table } from '../common/table';

export type InvoiceType = 'dan' | 'prof' | 'deb' | 'cred';
export type Flag = 0 | 1;
export type Language = 'bg' | 'en';

export interface InvoiceItem {
	name: string;
	quantity: number;
	quantity_unit: string;
	price: number;
	/** Null: the document's `vat.percent` applies. */
	vat_percent: number | null;
}

export interface RelatedInvoice {
	id: number | null;
	number: string;
	date: string;
}

export interface InvoiceRecord {
	id: number;
	number: string;
	type: InvoiceType;
	status: 'paid' | 'unpaid';
	is_draft: Flag;
	is_annulled: Flag;
	client_id: number | null;
	to_name: string;
	to_town: string | null;
	to_address: string | null;
	to_country: string | null;
	to_mol: string | null;
	to_bulstat: string | null;
	to_is_reg_vat: boolean;
	to_vat_number: string | null;
	is_to_person: boolean;
	to_egn: string | null;
	date_create: string;
	date_event: string;
	date_mature: string | null;
	payment_method: string;
	payment_currency: string;
	currency_rate: number | null;
	vat: { percent: number; reason_without: string | null };
	items_with_vat: Flag;
	items: InvoiceItem[];
	related_invoice: RelatedInvoice | null;
	reduction: { type: 'currency' | 'percent'; value: number } | null;
	bank_accounts: number[];
	notes: string | null;
	po_number: string | null;
	payment_amount_base: number;
	payment_amount_vat: number;
	payment_amount_total: number;
	balance_paid: number;
	balance_due: number;
	created_at: string;
}

export interface ClientRecord {
	id: number;
	name: string;
	town: string | null;
	address: string | null;
	bulstat: string | null;
	is_reg_vat: boolean;
	vat_number: string | null;
	mol: string | null;
	is_person: boolean;
	egn: string | null;
	country: string | null;
	code: string | null;
	office: string | null;
	delivery_address: string | null;
	name_en: string | null;
	town_en: string | null;
	address_en: string | null;
	mol_en: string | null;
}

export interface ItemRecord {
	id: number;
	name: string;
	price: number;
	currency: string;
	price_for_quantity: number;
	quantity_unit: string;
	catalog_number: string | null;
	outside_id: string | null;
	name_en: string | null;
}

export interface BankAccountRecord {
	id: number;
	bank_name: string;
	bank_iban: string;
	bank_bic: string;
	currency: string;
	default: Flag;
	deleted: Flag;
}

export interface PaymentRecord {
	id: number;
	amount: number;
	currency: string;
	currency_rate: number;
	date: string;
	payment_method: string;
	notes: string | null;
	/** What the payment was allocated to, in allocation order. */
	invoices: { id: number; amount: number }[];
}

export interface SentEmail {
	invoiceId: number;
	number: string;
	email: string;
	subject: string | null;
	message: string | null;
	/** v1 sends the document itself (INFERRED), so `file`. */
	delivery: 'link' | 'file';
	language: Language;
	via: 'v3' | 'v1';
}

/** A document the XML API v1 created: the request as the service parsed it, and the invoice it became. */
export interface V1Document {
	invoiceId: number;
	number: string;
	/** `XMLDATA` exactly as it arrived. */
	xml: string;
	/** `<request>` as fast-xml-parser read it (login attributes included). */
	parsed: Record<string, unknown>;
	/** `<additional_fields>` children as text. */
	additionalFields: Record<string, string>;
}

export interface IssuedToken {
	token: string;
	expires: number;
}

export interface V3Login {
	email: string;
	password: string;
	domain: string;
}

export interface V1Login {
	username: string;
	password: string;
}

export interface InvBgStore {
	today: string;
	/** Milliseconds since the epoch, from the sandbox options so tests can move time. */
	now(): number;
	tokenLifetimeSeconds: number;
	login: V3Login;
	v1Login: V1Login;
	/** Origin of the server, for v1's `view_url`. */
	origin: string;
	invoices: Table<InvoiceRecord>;
	clients: Table<ClientRecord>;
	items: Table<ItemRecord>;
	bankAccounts: Table<BankAccountRecord>;
	payments: Table<PaymentRecord>;
	tokens: Map<string, IssuedToken>;
	tokenSerial: Sequence;
	/** Successful POST /login/token answers. */
	logins: number;
	emails: SentEmail[];
	v1Documents: V1Document[];
	/** Contacts made by v1's `<additional_fields><email>`. */
	contacts: { clientId: number; email: string }[];
	/** Units v1 created for the firm beyond COUNT, DAY and KILOGRAM. */
	quantityUnits: Set<string>;
	withoutVatReasons: { id: number; name: string }[];
	paymentMethods: { code: string; name: string }[];
}

/** Two real legal bases a Bulgarian invoice without VAT cites (ЗДДС). */
const WITHOUT_VAT_REASONS = [
	{ id: 1, name: 'чл. 113, ал. 9 от ЗДДС' },
	{ id: 2, name: 'чл. 21, ал. 2 от ЗДДС' },
];

/** INFERRED list and names (docs/services/invbg.md, "What the sandbox assumes"). */
export const PAYMENT_METHODS = [
	{ code: 'cash', name: 'В брой' },
	{ code: 'bank', name: 'Банков превод' },
	{ code: 'card', name: 'С карта' },
	{ code: 'moneytransfer', name: 'Паричен превод' },
	{ code: 'ondelivery', name: 'Наложен платеж' },
	{ code: 'other', name: 'Друг' },
];

export interface StoreSetup {
	today: string;
	now: () => number;
	tokenLifetimeSeconds: number;
	login: V3Login;
	v1Login: V1Login;
}

export function createStore(setup: StoreSetup): InvBgStore {
	const store: InvBgStore = {
		...setup,
		origin: '',
		invoices: new Table<InvoiceRecord>(1),
		clients: new Table<ClientRecord>(1),
		items: new Table<ItemRecord>(1),
		bankAccounts: new Table<BankAccountRecord>(1),
		payments: new Table<PaymentRecord>(1),
		tokens: new Map(),
		tokenSerial: new Sequence(1),
		logins: 0,
		emails: [],
		v1Documents: [],
		contacts: [],
		quantityUnits: new Set(),
		withoutVatReasons: WITHOUT_VAT_REASONS.map((reason) => ({ ...reason })),
		paymentMethods: PAYMENT_METHODS.map((method) => ({ ...method })),
	};
	seedBankAccounts(store);
	return store;
}

function seedBankAccounts(store: InvBgStore): void {
	const accounts: Omit<BankAccountRecord, 'id'>[] = [
		{
			bank_name: 'Банка ДСК',
			bank_iban: 'BG80BNBG96611020345678',
			bank_bic: 'STSABGSF',
			currency: 'EUR',
			default: 1,
			deleted: 0,
		},
		{
			bank_name: 'УниКредит Булбанк',
			bank_iban: 'BG18RZBB91550123456789',
			bank_bic: 'UNCRBGSF',
			currency: 'BGN',
			default: 0,
			deleted: 0,
		},
	];
	for (const account of accounts) store.bankAccounts.insert({ id: store.bankAccounts.allocateId(), ...account });
}
