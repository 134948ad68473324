/**
 * A strict, in-memory inFakt account speaking API v3 on 127.0.0.1, built from the contract in
 * docs/services/infakt.md: the official `infakt/API` readme and the inFakt developer pages, with the gaps
 * filled as that file's "What the sandbox assumes" lists (each choice marked INFERRED where it is made).
 * API v2 is not served: inFakt switched it off in 2015. Seed helpers go through the API's own rules.
 */
import type { ServerResponse } from 'node:http';
import { isIsoDate, todayUtc } from '../common/dates';
import { createRouter, isJsonMediaType, sendBytes, sendJson, startServer } from '../server';
import type { RecordedRequest, RequestHandler, Route, RunningServer } from '../server';
import { actionEndpoints } from './actions';
import { authenticate, authorize, newKeys } from './auth';
import { clientEndpoints, createClient } from './clients';
import type { Call, Endpoint, Reply, Settings } from './endpoint';
import { InfaktError, MESSAGE } from './errors';
import { invoiceEndpoints } from './invoiceEndpoints';
import { createInvoice, renderInvoice } from './invoices';
import { createProduct, productEndpoints } from './products';
import { RateLimiter } from './rateLimit';
import { referenceEndpoints } from './referenceEndpoints';
import type { Client, InfaktStore, Invoice, Product, SentEmail, Task } from './store';
import { createStore } from './store';

export type * from './store';
export { InfaktError } from './errors';
export { OTHER_KINDS } from './store';

export interface InfaktSandboxOptions {
	/** `YYYY-MM-DD`, default the current UTC date: the default invoice and paid dates. */
	today?: string;
	/** What an async submit answers: 201 (default, what the service answers) or 202 (what the docs say). */
	taskAnswerStatus?: 201 | 202;
	/** How many status polls a task answers 100/120/140 before it finishes; default 2. */
	pollsToFinish?: number;
	/** Start with tasks held at 140 until `holdTasks(false)`. */
	holdTasks?: boolean;
	/** Answer 429 past 300 GET or 150 other requests per key within 60 s. Off by default. */
	enforceRateLimits?: boolean;
}

export interface InfaktSandbox extends RunningServer {
	/** The origin with `/api/v3`, what a credential's base URL is set to. */
	baseUrl: string;
	/** The bare origin, for requests under the older `/v3` base. */
	origin: string;
	/** Both invoice scopes. */
	apiKey: string;
	/** Only `api:invoices:read`. */
	readOnlyKey: string;
	/** A valid key with no invoice scope. */
	noScopeKey: string;
	store: InfaktStore;
	/** Every e-mail `deliver_via_email` accepted. */
	emails: SentEmail[];
	/** Async tasks by reference number. */
	tasks: Map<string, Task>;
	/** On: async invoice creates answer 402. */
	setPlanLimitReached(on: boolean): void;
	/** On: unfinished tasks answer 140 until released. */
	holdTasks(on: boolean): void;
	/** Creates an invoice at once through the async create's rules; throws InfaktError (422) when they fail. */
	addInvoice(fields: Record<string, unknown>): Invoice;
	addClient(fields: Record<string, unknown>): Client;
	addProduct(fields: Record<string, unknown>): Product;
}

const ENDPOINTS: readonly Endpoint[] = [...invoiceEndpoints, ...actionEndpoints, ...clientEndpoints, ...productEndpoints, ...referenceEndpoints];

/** Both base paths answer: `/api/v3` (current readme) and `/v3` (older docs and clients). */
const BASE = /^\/(?:api\/)?v3(\/.*)$/;

/** A body that is not JSON is refused 406 (documented: "wrong data type"). */
function readBody(request: RecordedRequest): unknown {
	if (request.method === 'GET' || request.rawBody.length === 0) return undefined;
	if (!isJsonMediaType(request.contentType)) throw new InfaktError(406, { error: MESSAGE.NOT_ACCEPTABLE });
	try {
		return JSON.parse(request.rawBody.toString('utf8')) as unknown;
	} catch {
		throw new InfaktError(406, { error: MESSAGE.NOT_ACCEPTABLE });
	}
}

function send(res: ServerResponse, reply: Reply): void {
	if ('json' in reply) sendJson(res, reply.status, reply.json);
	else if ('bytes' in reply) sendBytes(res, reply.status, reply.contentType, reply.bytes);
	else {
		res.writeHead(reply.status);
		res.end();
	}
}

function answerError(res: ServerResponse, error: unknown): void {
	if (!(error instanceof InfaktError)) throw error;
	sendJson(res, error.status, error.body);
}

/**
 * The order a request meets the service in (INFERRED): the base path, the key (401), the rate limit (429),
 * the route (404), the key's scope (403), the body (406), then the endpoint's own rules.
 */
function handler(store: InfaktStore, settings: Settings, scopes: Map<string, readonly string[]>, limiter: RateLimiter | undefined): RequestHandler {
	const routes: Route[] = ENDPOINTS.map((endpoint) => ({
		method: endpoint.method,
		path: endpoint.path,
		handle: (request, res, params) => {
			authorize(request, scopes.get(request.headers['x-infakt-apikey'] ?? '') ?? []);
			const call: Call = { request, params, store, settings, body: readBody(request) };
			send(res, endpoint.handle(call));
		},
	}));
	const route = createRouter(routes, () => {
		throw new InfaktError(404, { error: MESSAGE.NOT_FOUND });
	});
	return async (request, res) => {
		try {
			const below = BASE.exec(request.path)?.[1];
			// Every path ends in `.json`; INFERRED: one without it names nothing (404).
			if (below === undefined || !below.endsWith('.json')) throw new InfaktError(404, { error: MESSAGE.NOT_FOUND });
			const key = authenticate(request, scopes);
			const retryAfter = limiter?.admit(key, request.method);
			if (retryAfter !== undefined) {
				res.setHeader('Retry-After', String(retryAfter));
				throw new InfaktError(429, { error: MESSAGE.RATE_LIMIT });
			}
			await route({ ...request, path: below }, res);
		} catch (error) {
			answerError(res, error);
		}
	};
}

function checkOptions(today: string, pollsToFinish: number): void {
	if (!isIsoDate(today)) throw new Error(`today must be a YYYY-MM-DD date, got ${today}`);
	if (!Number.isInteger(pollsToFinish) || pollsToFinish < 0) throw new Error('pollsToFinish must be a whole number, 0 or more');
}

export async function startInfaktSandbox(options: InfaktSandboxOptions = {}): Promise<InfaktSandbox> {
	const today = options.today ?? todayUtc();
	const pollsToFinish = options.pollsToFinish ?? 2;
	checkOptions(today, pollsToFinish);
	const store = createStore(today);
	const settings: Settings = {
		planLimitReached: false,
		taskAnswerStatus: options.taskAnswerStatus ?? 201,
		timing: { pollsToFinish, held: options.holdTasks ?? false },
	};
	const { keys, scopes } = newKeys();
	const limiter = options.enforceRateLimits ? new RateLimiter() : undefined;
	// Bodies are read here, so one that is not JSON gets the service's 406 rather than the base's 400.
	const server = await startServer(handler(store, settings, scopes, limiter), { parseJson: false });
	return {
		...server,
		baseUrl: `${server.baseUrl}/api/v3`,
		origin: server.baseUrl,
		...keys,
		store,
		emails: store.emails,
		tasks: store.tasks,
		setPlanLimitReached: (on) => {
			settings.planLimitReached = on;
		},
		holdTasks: (on) => {
			settings.timing.held = on;
		},
		addInvoice: (fields) => renderInvoice(createInvoice(store, fields)),
		addClient: (fields) => createClient(store, fields),
		addProduct: (fields) => createProduct(store, fields),
	};
}
