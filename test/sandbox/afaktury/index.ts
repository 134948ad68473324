/**
 * A strict, in-memory afaktury.pl account on 127.0.0.1, built from the API as docs/services/afaktury.md
 * describes it: the vendor's module pages (`https://afaktury.pl/api,0,60,Invoicerr/` and its siblings) and
 * what the third-party client katarzynaochnikdu/AK_afirma observed live. Seed helpers go through the same
 * rules as the API, so seeded data is always valid. Choices the sources do not settle are marked INFERRED
 * where they are made, and listed in that file under "What the sandbox assumes".
 */
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { isIsoDate, todayUtc } from '../common/dates';
import { sendBytes, sendJson, startServer } from '../server';
import type { RecordedRequest, RequestHandler, RunningServer } from '../server';
import { authenticate } from './auth';
import type { Credentials } from './auth';
import { addProduct, productListEndpoint } from './catalogue';
import type { ProductSeed } from './catalogue';
import { burstGuard, isBrowserLike, sendChallenge } from './cloudflare';
import type { Burst } from './cloudflare';
import { crudEndpoints } from './crud';
import { defaultDictionaries } from './dictionaries';
import type { Dictionaries } from './dictionaries';
import { dictionaryListEndpoint } from './dictionaryList';
import { createDocument } from './documents';
import type { Endpoint, Reply } from './endpoint';
import { findEndpoint } from './endpoint';
import { AfakturyError, failure, MESSAGE } from './envelope';
import { readInput } from './input';
import { listEndpoint } from './list';
import { mailEndpoints } from './mail';
import type { DocumentModule } from './modules';
import { isDictionaryModule, isDocumentModule } from './modules';
import { paymentEndpoints } from './payments';
import { pdfEndpoint } from './pdf';
import type { AfakturyStore, CatalogueProduct, DocumentRecord, SentEmail } from './store';
import { createStore } from './store';

export type * from './store';
export type { Dictionaries, DictionaryEntry } from './dictionaries';
export type { DocumentModule, DictionaryModule } from './modules';
export type { ProductSeed } from './catalogue';
export { DOCUMENT_MODULES, DICTIONARY_MODULES } from './modules';
export { AfakturyError } from './envelope';
export { PRINT_FLAGS } from './configPrint';

export interface AfakturySandboxOptions {
	/** `YYYY-MM-DD`, default the current UTC date; "overdue" and payment timestamps depend on it. */
	today?: string;
	/** Cloudflare's burst block: more than `requests` within `perMs` get the 403 challenge. Off by default. */
	burst?: Burst;
}

export interface AfakturySandbox extends RunningServer {
	/** 40 characters, for the `afakturyToken` header. */
	token: string;
	/** 11 digits, for `afakturyId` with `afakturyKey`. */
	accountId: string;
	key: string;
	store: AfakturyStore;
	/** Documents per module by hash. */
	documents: AfakturyStore['documents'];
	dictionaries: Dictionaries;
	/** Every sendmail, sendreminder and sendtoaccountant the service accepted. */
	emails: SentEmail[];
	/** Same rules as POST `/api/<module>`; throws AfakturyError when they fail. */
	addDocument(module: DocumentModule, fields: Record<string, unknown>): DocumentRecord;
	addProduct(product: ProductSeed): CatalogueProduct;
}

const DOCUMENT_ENDPOINTS: readonly Endpoint<DocumentModule>[] = [
	...crudEndpoints,
	listEndpoint,
	pdfEndpoint,
	...paymentEndpoints,
	...mailEndpoints,
];

/** `/api/<module>` or `/api/<module>/<action>`; anything else names nothing. */
const PATH = /^\/api\/([A-Za-z]+)(?:\/([a-z]+))?\/?$/;

function endpointsOf(module: string): readonly Endpoint<string>[] {
	if (isDocumentModule(module)) return DOCUMENT_ENDPOINTS;
	if (module === 'product') return [productListEndpoint];
	if (isDictionaryModule(module)) return [dictionaryListEndpoint];
	return [];
}

/** INFERRED: the route is found before the parameters are read, so an unknown path says so first. */
function dispatch(request: RecordedRequest, store: AfakturyStore): Reply {
	const [, module = '', action = ''] = PATH.exec(request.path) ?? [];
	const endpoint = findEndpoint(endpointsOf(module), request.method, action);
	if (endpoint === undefined) throw new AfakturyError([`${MESSAGE.UNKNOWN_ACTION}: ${request.method} ${request.path}`]);
	return endpoint.handle({ request, module, input: readInput(request), store });
}

function send(res: ServerResponse, reply: Reply): void {
	if ('bytes' in reply) {
		sendBytes(res, 200, reply.contentType, reply.bytes, {
			'Content-Disposition': `attachment; filename="${reply.filename}"`,
		});
	} else sendJson(res, 200, reply);
}

/**
 * The order a request meets the service in: Cloudflare (the burst window, which counts every request, and the User-Agent), the credentials,
 * then the route, the parameters and the action. Every refusal past Cloudflare is HTTP 200 with
 * `result: false` (observed for credentials; INFERRED for the rest, unknown paths included).
 */
function handler(store: AfakturyStore, credentials: Credentials, burst: Burst | undefined): RequestHandler {
	const overBurst = burstGuard(burst);
	return (request, res) => {
		if (overBurst() || !isBrowserLike(request)) return sendChallenge(res);
		try {
			authenticate(request, credentials);
			send(res, dispatch(request, store));
		} catch (error) {
			if (!(error instanceof AfakturyError)) throw error;
			sendJson(res, 200, failure(error.errors));
		}
	};
}

function newCredentials(): Credentials {
	const digits = [...randomBytes(11)].map((byte) => String(byte % 10)).join('');
	return {
		token: randomBytes(20).toString('hex'),
		accountId: `1${digits.slice(1)}`,
		key: randomBytes(8).toString('hex'),
	};
}

function checkOptions(today: string, burst: Burst | undefined): void {
	if (!isIsoDate(today)) throw new Error(`today must be a YYYY-MM-DD date, got ${today}`);
	if (burst !== undefined && !(Number.isInteger(burst.requests) && burst.requests > 0 && burst.perMs > 0)) {
		throw new Error('burst needs a positive whole number of requests and a positive window');
	}
}

export async function startAfakturySandbox(options: AfakturySandboxOptions = {}): Promise<AfakturySandbox> {
	const today = options.today ?? todayUtc();
	checkOptions(today, options.burst);
	const store = createStore(today, defaultDictionaries());
	const credentials = newCredentials();
	// Bodies are read by input.ts, so bad JSON gets the service's envelope rather than the base's 400.
	const server = await startServer(handler(store, credentials, options.burst), { parseJson: false });
	return {
		...server,
		...credentials,
		store,
		documents: store.documents,
		dictionaries: store.dictionaries,
		emails: store.emails,
		addDocument: (module, fields) => createDocument(store, module, fields),
		addProduct: (product) => addProduct(store, product),
	};
}
