/**
 * A strict, in-memory ifirma.pl account on 127.0.0.1, built from the API as docs/services/ifirma.md
 * describes it; the sources these files name (Pro forma page, FAQ, Contractor pages, Shop connectors,
 * iFirmaBundle…) are listed there. Every request is signed and checked as the real service checks it; seed
 * helpers go through the same rules as the API, so seeded data is always valid. Choices the docs do not
 * settle are marked INFERRED where they are made, and listed in that file under "What the sandbox assumes".
 */
import type { ServerResponse } from 'node:http';
import { isIsoDate, todayUtc } from '../common/dates';
import { sendBytes, sendJson, startServer } from '../server';
import type { RecordedRequest, RequestHandler, RunningServer } from '../server';
import { accountingMonthEndpoints, setAccountingMonth } from './accountingMonth';
import { authenticate } from './auth';
import { peekJsonBody, readJsonBody } from './body';
import { contractorEndpoints, createContractor } from './contractors';
import { correctionEndpoints } from './correction';
import { documentEndpoints } from './documents';
import { documentType } from './documentTypes';
import { envelope, IfirmaError, KOD } from './envelope';
import type { Endpoint, Reply } from './endpoint';
import { findEndpoint } from './endpoint';
import { issueDocument } from './issue';
import { countRequest, limitEndpoints } from './limit';
import { listEndpoints } from './lists';
import { paymentEndpoints } from './payments';
import { proformaEndpoints } from './proforma';
import { sendEndpoints } from './send';
import type { KeyName } from './signature';
import { isHexKey, KEY_NAMES } from './signature';
import type { ContractorRecord, DocumentRecord, IfirmaStore, SentEmail } from './store';
import { createStore } from './store';

export type * from './store';
export type { KeyName } from './signature';
export { ifirmaSignature } from './signature';
export { IfirmaError } from './envelope';

export interface IfirmaSandboxOptions {
	/** Default `sandbox@example.com`. */
	login?: string;
	/** Hex keys by name; replaces the default set (faktura, abonent, rachunek — no wydatek) entirely. */
	keys?: Partial<Record<KeyName, string>>;
	/** `YYYY-MM-DD`, default the current UTC date; the accounting month starts as today's month. */
	today?: string;
	/** HTTP status of the auth-failure envelopes (Kod 400–403); default 200 (INFERRED). */
	authFailureStatus?: 200 | 401 | 403;
	/** `LimitPrzyznany`, default 2000 (the documented example). */
	limitGranted?: number;
}

export interface IfirmaSandbox extends RunningServer {
	login: string;
	keys: Partial<Record<KeyName, string>>;
	store: IfirmaStore;
	/** Every send the service accepted. */
	emails: SentEmail[];
	/** Same rules as POST `kontrahenci.json`; throws IfirmaError when they fail. */
	addContractor(fields: Record<string, unknown>): ContractorRecord;
	/** Same rules as POST `<type>.json`; throws IfirmaError when they fail. */
	addDocument(type: string, body: Record<string, unknown>): DocumentRecord;
	setAccountingMonth(year: number, month: number): void;
}

export const DEFAULT_LOGIN = 'sandbox@example.com';
export const DEFAULT_KEYS: Readonly<Partial<Record<KeyName, string>>> = {
	faktura: 'A1B2C3D4E5F60718',
	abonent: '0F1E2D3C4B5A6978',
	rachunek: '1122334455667788',
};

const ENDPOINTS: readonly Endpoint[] = [
	...proformaEndpoints,
	...documentEndpoints,
	...sendEndpoints,
	...correctionEndpoints,
	...paymentEndpoints,
	...listEndpoints,
	...contractorEndpoints,
	...accountingMonthEndpoints,
	...limitEndpoints,
];

function send(res: ServerResponse, reply: Reply): void {
	if ('bytes' in reply) sendBytes(res, 200, reply.contentType, reply.bytes);
	else sendJson(res, 200, envelope(KOD.OK, reply.informacja, reply.payload));
}

/**
 * The order a request meets the service in: signature, limit, route, body, action. INFERRED: the signature
 * comes before routing, so an unknown path is answered only to a signed request, with HTTP 404 and Kod 500.
 */
function handler(store: IfirmaStore, failureStatus: number): RequestHandler {
	return (request: RecordedRequest, res: ServerResponse) => {
		request.body = peekJsonBody(request);
		try {
			authenticate(request, store, failureStatus);
			countRequest(store, request.path);
			const match = findEndpoint(ENDPOINTS, request.method, request.path);
			if (match === undefined) {
				throw new IfirmaError(KOD.NO_ACCESS, `Brak dostępu do zasobu ${request.method} ${request.path}`, 404);
			}
			const body = request.method === 'GET' ? undefined : readJsonBody(request);
			send(res, match.endpoint.handle({ request, params: match.params, body, store }));
		} catch (error) {
			if (!(error instanceof IfirmaError)) throw error;
			sendJson(res, error.httpStatus, envelope(error.kod, error.informacja));
		}
	};
}

function checkOptions(options: IfirmaSandboxOptions, today: string, keys: Partial<Record<KeyName, string>>): void {
	if (!isIsoDate(today)) throw new Error(`today must be a YYYY-MM-DD date, got ${today}`);
	for (const [name, key] of Object.entries(keys)) {
		if (!KEY_NAMES.includes(name as KeyName)) throw new Error(`unknown key name ${name}`);
		if (key === undefined || !isHexKey(key)) throw new Error(`key ${name} must be an even-length hex string`);
	}
	const limit = options.limitGranted ?? 0;
	if (!Number.isInteger(limit) || limit < 0) throw new Error('limitGranted must be a whole number');
}

export async function startIfirmaSandbox(options: IfirmaSandboxOptions = {}): Promise<IfirmaSandbox> {
	const today = options.today ?? todayUtc();
	const keys = { ...(options.keys ?? DEFAULT_KEYS) };
	checkOptions(options, today, keys);
	const login = options.login ?? DEFAULT_LOGIN;
	const store = createStore({ login, keys, today, limitGranted: options.limitGranted ?? 2000 });
	// Bodies are read here, so a bad encoding or bad JSON gets ifirma's envelope rather than the base's 400.
	const server = await startServer(handler(store, options.authFailureStatus ?? 200), { parseJson: false });
	store.origin = server.baseUrl;
	return {
		...server,
		baseUrl: `${server.baseUrl}/iapi`,
		login: store.login,
		keys: store.keys,
		store,
		emails: store.emails,
		addContractor: (fields) => createContractor(store, fields),
		addDocument: (type, body) => {
			const spec = documentType(type);
			if (spec === undefined) throw new Error(`unknown document type ${type}`);
			return issueDocument(store, spec, body);
		},
		setAccountingMonth: (year, month) => setAccountingMonth(store, year, month),
	};
}
