/**
 * One sandbox account's data, kept in the wire's own shape (field names and integer grosze), so what a test
 * reads from the store is what the API answers. Each sandbox builds its own store; parallel tests share nothing.
 */
import { Sequence, Table } from '../common/table';
import { defaultBankAccounts, defaultVatExemptions, defaultVatRates } from './reference';
import type { BankAccount, VatExemption, VatRate } from './reference';

export type { BankAccount, VatExemption, VatRate } from './reference';

export interface ServiceLine {
	id: number;
	name: string;
	tax_symbol: string;
	unit: string | null;
	quantity: number;
	unit_net_price: number;
	net_price: number;
	tax_price: number;
	gross_price: number;
	pkwiu: string | null;
	discount: string;
}

export type InvoiceKind = 'vat' | 'proforma';
export type InvoiceStatus = 'draft' | 'sent' | 'printed' | 'paid';

export interface Invoice {
	id: number;
	uuid: string;
	number: string;
	kind: InvoiceKind;
	currency: string;
	status: InvoiceStatus;
	payment_method: string;
	invoice_date: string;
	sale_date: string;
	payment_date: string;
	paid_date: string | null;
	net_price: number;
	tax_price: number;
	gross_price: number;
	paid_price: number;
	left_to_pay: number;
	client_id: number | null;
	client_company_name: string | null;
	client_first_name: string | null;
	client_last_name: string | null;
	client_tax_code: string | null;
	client_street: string | null;
	client_street_number: string | null;
	client_flat_number: string | null;
	client_city: string | null;
	client_post_code: string | null;
	client_country: string | null;
	client_email: string | null;
	client_business_activity_kind: string | null;
	bank_name: string | null;
	bank_account: string | null;
	swift: string | null;
	notes: string | null;
	split_payment: boolean;
	vat_exemption_reason: number | null;
	sale_type: string | null;
	services: ServiceLine[];
	created_at: string;
}

export interface Client {
	id: number;
	company_name: string | null;
	first_name: string | null;
	last_name: string | null;
	nip: string | null;
	street: string | null;
	street_number: string | null;
	flat_number: string | null;
	city: string | null;
	postal_code: string | null;
	country: string;
	email: string | null;
	phone_number: string | null;
	web_site: string | null;
	payment_method: string | null;
	days_to_payment: number | null;
	business_activity_kind: string | null;
	note: string | null;
	invoice_note: string | null;
}

export interface Product {
	id: number;
	name: string;
	unit_net_price: number | null;
	gross_price: number | null;
	tax_symbol: string;
	unit: string | null;
	pkwiu: string | null;
	cn: string | null;
	gtu_id: number | null;
	discount: string;
}

/** The read-only kinds: lists and gets only; a test seeds them by putting records in `store.otherKinds`. */
export const OTHER_KINDS = ['corrective_invoices', 'margin_invoices', 'advance_invoices', 'final_invoices'] as const;
export type OtherKind = (typeof OTHER_KINDS)[number];

export interface SentEmail {
	invoiceUuid: string;
	recipient: string;
	print_type: string;
	locale: string;
	send_copy: boolean;
}

export type TaskKind = 'create' | 'paid';

export interface TaskOutcome {
	/** 201 invoice created, 200 action done, 422 failed. */
	code: 200 | 201 | 422;
	invoiceUuid?: string;
	/** Field errors for a create; a plain sentence for a paid task. */
	errors?: Record<string, string[]> | string;
}

export interface Task {
	reference: string;
	kind: TaskKind;
	/** Status polls answered so far. */
	polls: number;
	/** The `invoice` body of a create, or `{paid_date?}` of a paid task, as submitted. */
	input: Record<string, unknown>;
	/** The invoice a paid task acts on. */
	invoiceUuid?: string;
	createdAt: string;
	/** Set once the task finished. */
	outcome?: TaskOutcome;
}

export interface InfaktStore {
	today: string;
	invoices: Map<string, Invoice>;
	invoiceIds: Sequence;
	lineIds: Sequence;
	/** Last number handed out per `kind:YYYY-MM`; never lowered, so a deleted invoice's number is never reused (INFERRED). */
	lastNumbers: Map<string, number>;
	clients: Table<Client>;
	products: Table<Product>;
	bankAccounts: BankAccount[];
	vatRates: VatRate[];
	vatExemptions: VatExemption[];
	otherKinds: Record<OtherKind, Map<string, Record<string, unknown>>>;
	emails: SentEmail[];
	tasks: Map<string, Task>;
}

export function createStore(today: string): InfaktStore {
	const otherKinds = Object.fromEntries(OTHER_KINDS.map((kind) => [kind, new Map()])) as InfaktStore['otherKinds'];
	return {
		today,
		invoices: new Map(),
		invoiceIds: new Sequence(1001),
		lineIds: new Sequence(5001),
		lastNumbers: new Map(),
		clients: new Table<Client>(201),
		products: new Table<Product>(301),
		bankAccounts: defaultBankAccounts(),
		vatRates: defaultVatRates(),
		vatExemptions: defaultVatExemptions(),
		otherKinds,
		emails: [],
		tasks: new Map(),
	};
}

/** A moment as the service writes one (`2024-01-15 10:21:25 +0100`): the account's today at the current UTC time. */
export function timestamp(today: string): string {
	return `${today} ${new Date().toISOString().slice(11, 19)} +0000`;
}
