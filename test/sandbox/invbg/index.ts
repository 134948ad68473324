/**
 * A strict, in-memory inv.bg firm on 127.0.0.1, with both APIs the package speaks: API v3 (JSON, bearer
 * token from POST /login/token) under `baseUrl`, and the old XML API v1 at `v1Url`. Built from the APIs as
 * docs/services/invbg.md describes them, with the sources these files name (the vendor's v1 page,
 * third-party integrations and QA code, MCP tool pages) listed there; every choice no source settles is
 * marked INFERRED where it is made and listed in that file under "What the sandbox assumes". Seed helpers go
 * through the same rules as the API, so seeded data is always valid.
 */
import { isIsoDate, todayUtc } from '../common/dates';
import { createRouter, sendJson, startServer } from '../server';
import type { RequestHandler, RunningServer } from '../server';
import { bankAccountEndpoints } from './bankAccounts';
import { clientEndpoints, createClient } from './clients';
import type { Endpoint } from './endpoint';
import { languageOf, toRoute } from './endpoint';
import { notFound } from './errors';
import { invoiceActionEndpoints, invoiceDictionaryEndpoints } from './invoiceActions';
import { createInvoice } from './invoiceRules';
import { invoiceEndpoints } from './invoices';
import { createItem, itemEndpoints } from './items';
import { createPayment, paymentEndpoints } from './payments';
import type {
	ClientRecord,
	InvBgStore,
	InvoiceRecord,
	ItemRecord,
	PaymentRecord,
	SentEmail,
	V1Document,
	V1Login,
	V3Login,
} from './store';
import { createStore } from './store';
import { expireTokens, loginEndpoint } from './tokens';
import { xmlApiRoute } from './v1/xmlApi';

export type * from './store';
export { InvBgError } from './errors';

export interface InvBgSandboxOptions {
	/** The firm's today (`YYYY-MM-DD`), the default issue date; defaults to the current UTC date. */
	today?: string;
	/** Default 86400: the 24 hours a published token's claims show. */
	tokenLifetimeSeconds?: number;
	/** The clock tokens are issued and checked by, in milliseconds; default `Date.now`. */
	now?: () => number;
}

export interface InvBgSandbox extends RunningServer {
	/** The v3 base, ending in `/v3`. */
	baseUrl: string;
	/** The XML API v1 address, ending in `/api`. */
	v1Url: string;
	login: V3Login;
	v1Login: V1Login;
	store: InvBgStore;
	/** Every invoice e-mail the service accepted, from v3's `/emails` and v1's `create_and_send_to_email`. */
	emails: SentEmail[];
	/** Every document v1 created, with its XML as received. */
	v1Documents: V1Document[];
	/** Successful token logins so far. */
	readonly logins: number;
	/** Every token issued so far now answers 401. */
	expireTokens(): void;
	/** Same rules as POST /invoices; throws InvBgError when they fail. */
	addInvoice(fields: Record<string, unknown>): InvoiceRecord;
	addClient(fields: Record<string, unknown>): ClientRecord;
	addItem(fields: Record<string, unknown>): ItemRecord;
	addPayment(fields: Record<string, unknown>): PaymentRecord;
}

export const DEFAULT_LOGIN: Readonly<V3Login> = {
	email: 'owner@sandbox-firm.bg',
	password: 'sandbox-password',
	domain: 'sandbox-firm',
};
export const DEFAULT_V1_LOGIN: Readonly<V1Login> = { username: 'sandbox-owner', password: 'sandbox-xml-password' };

/**
 * Fixed paths come before the ones with an id, which would take `without-vat-reasons` or `login` for one.
 */
const ENDPOINTS: readonly Endpoint[] = [
	loginEndpoint,
	...invoiceDictionaryEndpoints,
	...invoiceActionEndpoints,
	...invoiceEndpoints,
	...clientEndpoints,
	...itemEndpoints,
	...bankAccountEndpoints,
	...paymentEndpoints,
];

/** INFERRED: an unknown path or method answers 404 in v3's plain form, before any token check. */
const answerNotFound: RequestHandler = (request, res) => {
	const error = notFound();
	sendJson(res, error.status, error.body(languageOf(request)));
};

export async function startInvBgSandbox(options: InvBgSandboxOptions = {}): Promise<InvBgSandbox> {
	const today = options.today ?? todayUtc();
	if (!isIsoDate(today)) throw new Error(`today must be a YYYY-MM-DD date, got ${today}`);
	const tokenLifetimeSeconds = options.tokenLifetimeSeconds ?? 86400;
	if (!Number.isInteger(tokenLifetimeSeconds) || tokenLifetimeSeconds < 1)
		throw new Error('tokenLifetimeSeconds must be a whole number of seconds');
	const store = createStore({
		today,
		now: options.now ?? Date.now,
		tokenLifetimeSeconds,
		login: { ...DEFAULT_LOGIN },
		v1Login: { ...DEFAULT_V1_LOGIN },
	});
	const routes = [...ENDPOINTS.map((endpoint) => toRoute(endpoint, store)), xmlApiRoute(store)];
	// Bodies are read by the endpoints, so a bad JSON body gets v3's own `{"error"}` rather than the base's 400.
	const server = await startServer(createRouter(routes, answerNotFound), { parseJson: false });
	store.origin = server.baseUrl;
	return {
		...server,
		baseUrl: `${server.baseUrl}/v3`,
		v1Url: `${server.baseUrl}/api`,
		login: store.login,
		v1Login: store.v1Login,
		store,
		emails: store.emails,
		v1Documents: store.v1Documents,
		get logins() {
			return store.logins;
		},
		expireTokens: () => expireTokens(store),
		addInvoice: (fields) => createInvoice(store, fields),
		addClient: (fields) => createClient(store, fields),
		addItem: (fields) => createItem(store, fields),
		addPayment: (fields) => createPayment(store, fields),
	};
}
