/**
 * One sandbox account's data. Each sandbox builds its own store, so parallel tests never share state.
 * Records hold exactly what the API answers (money as 2-decimal strings, quantities like `"1.0"`).
 */
import type { UploadedFile } from './params';
import { StockLedger } from './stock';
import { Sequence, Table } from '../common/table';

export interface StoredRecord {
	id: number;
	created_at: string;
	updated_at: string;
	[column: string]: unknown;
}

export interface ClientRecord extends StoredRecord {
	name: string;
	shortcut: string | null;
	email: string | null;
	tax_no: string | null;
	external_id: string | null;
	token: string;
}

export interface ProductRecord extends StoredRecord {
	name: string;
	code: string | null;
	price_net: string;
	price_gross: string;
	tax: string;
}

export interface PositionRecord extends StoredRecord {
	invoice_id: number;
	name: string;
	product_id: number | null;
	quantity: string;
	tax: string;
	price_net: string;
	price_gross: string;
	price_tax: string;
	total_price_net: string;
	total_price_gross: string;
	total_price_tax: string;
	discount: string | null;
	discount_percent: string | null;
}

export interface InvoiceRecord extends StoredRecord {
	number: string;
	kind: string;
	status: string;
	income: boolean;
	issue_date: string;
	sell_date: string | null;
	transaction_date: string | null;
	paid_date: string | null;
	payment_to: string | null;
	currency: string;
	price_net: string;
	price_tax: string;
	price_gross: string;
	paid: string;
	client_id: number | null;
	department_id: number | null;
	buyer_name: string | null;
	buyer_email: string | null;
	oid: string | null;
	invoice_id: number | null;
	from_invoice_id: number | null;
	token: string;
	view_url: string;
	cancelled: boolean;
	cancel_reason: string | null;
	sent_time: string | null;
	positions: PositionRecord[];
}

export interface PaymentRecord extends StoredRecord {
	name: string;
	price: string;
	paid: boolean;
	paid_date: string | null;
	invoice_id: number | null;
	invoice_ids: number[];
}

export interface WarehouseRecord extends StoredRecord {
	name: string;
	kind: string | null;
	description: string | null;
}

export interface CategoryRecord extends StoredRecord {
	name: string;
	description: string | null;
}

export interface DepartmentRecord extends StoredRecord {
	name: string;
	main: boolean;
	logo_url: string | null;
}

export interface WarehouseActionRecord extends StoredRecord {
	warehouse_document_id: number;
	product_id: number;
	quantity: string;
	warehouse2_id: number | null;
}

export interface WarehouseDocumentRecord extends StoredRecord {
	kind: string;
	number: string;
	warehouse_id: number;
	issue_date: string;
	warehouse_actions: WarehouseActionRecord[];
}

export interface UserRecord extends StoredRecord {
	login: string;
	email: string;
	password: string;
	first_name: string | null;
	last_name: string | null;
	/** Only a user who generated a token has one (BitFaktura and Fakturownia READMEs). */
	api_token: string | null;
}

/** An account a partner created with `POST /account.json`; it lives on its own host, not in this sandbox. */
export interface PartnerAccountRecord extends StoredRecord {
	prefix: string;
	api_token: string;
	url: string;
	login: string;
	email: string;
}

/** One `send_by_email` call that the service accepted. */
export interface EmailRecord {
	invoiceId: number;
	number: string;
	to: string[];
	cc: string[];
	attachPdf: boolean;
	printOption: string;
	sentAt: string;
}

/** What one payment paid on one invoice, so deleting or editing the payment can take it back. */
export interface PaymentAllocation {
	invoiceId: number;
	cents: bigint;
	statusBefore: string;
}

export interface Store {
	readonly apiToken: string;
	readonly integrationToken: string;
	/** The account's "today" (`YYYY-MM-DD`): default dates and list periods are computed from it. */
	readonly today: string;
	readonly prefix: string;
	/** Filled in once the server listens; used for `view_url` and `logo_url`. */
	baseUrl: string;
	readonly invoices: Table<InvoiceRecord>;
	readonly clients: Table<ClientRecord>;
	readonly products: Table<ProductRecord>;
	readonly payments: Table<PaymentRecord>;
	readonly warehouses: Table<WarehouseRecord>;
	readonly warehouseDocuments: Table<WarehouseDocumentRecord>;
	readonly categories: Table<CategoryRecord>;
	readonly departments: Table<DepartmentRecord>;
	readonly users: Table<UserRecord>;
	readonly partnerAccounts: Table<PartnerAccountRecord>;
	/** Ids of nested records (invoice positions, warehouse actions). */
	readonly nestedIds: Sequence;
	readonly stock: StockLedger;
	readonly logos: Map<number, UploadedFile>;
	readonly emails: EmailRecord[];
	readonly allocations: Map<number, PaymentAllocation[]>;
	now(): string;
}

interface StoreOptions {
	apiToken: string;
	integrationToken: string;
	today: string;
}

/** The seeded account owner who can `POST /login.json`. */
export const OWNER_LOGIN = 'owner@example.com';
export const OWNER_PASSWORD = 'sandbox-password';

/**
 * Each table starts its ids in its own range, so an id of one resource sent to another's endpoint is a 404
 * instead of a lucky hit. The main department keeps id 1.
 */
export function createStore(options: StoreOptions): Store {
	const store: Store = {
		...options,
		prefix: 'sandbox',
		baseUrl: '',
		departments: new Table(1),
		invoices: new Table(100001),
		clients: new Table(200001),
		products: new Table(300001),
		payments: new Table(400001),
		warehouses: new Table(500001),
		categories: new Table(600001),
		warehouseDocuments: new Table(700001),
		users: new Table(800001),
		partnerAccounts: new Table(900001),
		nestedIds: new Sequence(5000001),
		stock: new StockLedger(),
		logos: new Map(),
		emails: [],
		allocations: new Map(),
		now: () => new Date().toISOString(),
	};
	const created = store.now();
	store.departments.insert({
		id: store.departments.allocateId(),
		name: 'Sandbox Seller LLC',
		shortcut: 'Sandbox',
		tax_no: '12345678',
		street: 'Khreshchatyk 1',
		post_code: '01001',
		city: 'Kyiv',
		country: 'UA',
		email: 'seller@example.com',
		phone: null,
		www: null,
		fax: null,
		bank: null,
		bank_account: null,
		person: null,
		main: true,
		logo_url: null,
		created_at: created,
		updated_at: created,
	});
	store.users.insert({
		id: store.users.allocateId(),
		login: OWNER_LOGIN,
		email: OWNER_LOGIN,
		password: OWNER_PASSWORD,
		first_name: 'Sandbox',
		last_name: 'Owner',
		api_token: options.apiToken,
		created_at: created,
		updated_at: created,
	});
	return store;
}
