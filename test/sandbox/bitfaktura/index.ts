/**
 * A strict, in-memory BitFaktura (Fakturownia engine) account on 127.0.0.1, built from the API as
 * docs/services/bitfaktura.md describes it; the sources these files name (API page, Fakturownia README,
 * PHP client live tests…) are listed there, and so is every choice marked INFERRED here. Tests point the
 * node at `baseUrl` and read `requests` to assert on the wire; seed helpers go through the same rules as
 * the API, so seeded data is always valid.
 */
import { createRouter, startServer } from '../server';
import type { RunningServer } from '../server';
import { accountEndpoints } from './account';
import { categories } from './categories';
import { clientEndpoints, createClient } from './clients';
import { isIsoDate, todayUtc } from '../common/dates';
import { createDepartment, departmentEndpoints } from './departments';
import { answerNotFound, toRoute } from './endpoint';
import type { Endpoint } from './endpoint';
import { invoiceEndpoints } from './invoices';
import { createInvoice } from './invoiceWrites';
import { createPayment, paymentEndpoints } from './payments';
import type { Attributes } from './params';
import { createProduct, productEndpoints } from './products';
import { createStore } from './store';
import type {
	CategoryRecord,
	ClientRecord,
	DepartmentRecord,
	EmailRecord,
	InvoiceRecord,
	PaymentRecord,
	ProductRecord,
	Store,
	WarehouseDocumentRecord,
	WarehouseRecord,
} from './store';
import { createWarehouseDocument, warehouseDocumentEndpoints } from './warehouseDocuments';
import { warehouses } from './warehouses';

export type * from './store';
export type { Attributes } from './params';
export { OWNER_LOGIN, OWNER_PASSWORD } from './store';

export interface BitFakturaSandboxOptions {
	apiToken?: string;
	integrationToken?: string;
	/** The account's today (`YYYY-MM-DD`); defaults to the current UTC date. */
	today?: string;
}

export interface BitFakturaSandbox extends RunningServer {
	apiToken: string;
	integrationToken: string;
	store: Store;
	/** Every `send_by_email` the service accepted. */
	emails: EmailRecord[];
	addClient(attributes: Attributes): ClientRecord;
	addProduct(attributes: Attributes): ProductRecord;
	/** Attributes as in `{"invoice": {…}}`, `positions` included. */
	addInvoice(attributes: Attributes): InvoiceRecord;
	addPayment(attributes: Attributes): PaymentRecord;
	addWarehouse(attributes: Attributes): WarehouseRecord;
	addWarehouseDocument(attributes: Attributes): WarehouseDocumentRecord;
	addCategory(attributes: Attributes): CategoryRecord;
	addDepartment(attributes: Attributes): DepartmentRecord;
}

const ENDPOINTS: readonly Endpoint[] = [
	...invoiceEndpoints,
	...clientEndpoints,
	...productEndpoints,
	...paymentEndpoints,
	...warehouses.endpoints,
	...warehouseDocumentEndpoints,
	...categories.endpoints,
	...departmentEndpoints,
	...accountEndpoints,
];

export async function startBitFakturaSandbox(options: BitFakturaSandboxOptions = {}): Promise<BitFakturaSandbox> {
	const today = options.today ?? todayUtc();
	if (!isIsoDate(today)) throw new Error(`today must be a YYYY-MM-DD date, got ${today}`);
	const store = createStore({
		apiToken: options.apiToken ?? 'sandbox-api-token',
		integrationToken: options.integrationToken ?? 'sandbox-integration-token',
		today,
	});
	const server = await startServer(createRouter(ENDPOINTS.map((endpoint) => toRoute(endpoint, store)), answerNotFound));
	store.baseUrl = server.baseUrl;
	return {
		...server,
		apiToken: store.apiToken,
		integrationToken: store.integrationToken,
		store,
		emails: store.emails,
		addClient: (attributes) => createClient(store, attributes),
		addProduct: (attributes) => createProduct(store, attributes),
		addInvoice: (attributes) => createInvoice(store, attributes),
		addPayment: (attributes) => createPayment(store, attributes),
		addWarehouse: (attributes) => warehouses.create(store, attributes),
		addWarehouseDocument: (attributes) => createWarehouseDocument(store, attributes),
		addCategory: (attributes) => categories.create(store, attributes),
		addDepartment: (attributes) => createDepartment(store, attributes),
	};
}
