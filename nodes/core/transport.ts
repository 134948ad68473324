import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { Expectation, RawAnswer } from './answers';
import { checkAnswer, dataInsteadOfFile, headerOf, isEdgeBlock, looseBody } from './answers';
import type { Codec } from './codecs';
import { JSON_CODEC } from './codecs';
import type { ProviderFailure } from './errors';
import type { RequestFailure } from './failures';
import {
	edgeBlockFailure,
	networkFailure,
	redirectFailure,
	refusalFailure,
	unreadableFailure,
} from './failures';
import type { RateLimit, Ticket } from './pacing';
import { pacerFor, perMinute } from './pacing';
import { readRequestOptions } from './requestOptions';
import { decideRetry, parseRetryAfter } from './retry';

export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions;

/** What the core needs to know about one service to talk to it; everything else stays in its folder. */
export interface ServiceDefinition {
	/** The service's name as users know it, used in every message. */
	name: string;
	credentialType: string;
	baseUrl(credentials: ICredentialDataDecryptedObject): string;
	/** Every credential value that must never appear in an error, an output item or a log. */
	secrets(credentials: ICredentialDataDecryptedObject): Array<string | undefined>;
	/** The service's own message and field errors from a non-2xx answer. */
	readFailure(status: number, body: unknown): ProviderFailure;
	/** Services that answer 200 with an error inside say so here. */
	envelopeFailure?(body: unknown): ProviderFailure | undefined;
	/** Whether a successful answer has the service's own shape (its envelope); one without it is unreadable. */
	isOwnAnswer?(body: unknown): boolean;
	/** Per-status advice that is more precise than the core's general one. */
	hints?: Partial<Record<number, string>>;
	/** The limits the service documents, per credential; none means it is paced only once it answers 429. */
	rateLimits?: RateLimit[];
	/** How requests and answers are written; JSON when not given. */
	codec?: Codec;
	/** Headers every request carries (a browser-like User-Agent for a service behind an edge that wants one). */
	headers?: IDataObject;
	/** How a list goes into a query string: `ids[]=1&ids[]=2` (brackets, the default), `ids=1&ids=2` (repeat)… */
	arrayFormat?: 'brackets' | 'repeat' | 'indices' | 'comma';
	/**
	 * The credential logs in for a token that expires (its `preAuthentication`). n8n fetches a fresh one only
	 * when a request fails with 401, so a 401 is answered by sending the request once more that way.
	 */
	expiringToken?: boolean;
}

export interface ApiRequest {
	method: IHttpRequestMethods;
	path: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[] | string | Buffer;
	headers?: IDataObject;
	/** Read the answer as bytes (PDF and other files). */
	binary?: boolean;
	/** What a successful answer must be; by default any data in the service's format (a file for binary requests). */
	expect?: Expectation;
	/**
	 * Whether sending it twice does no harm; by default GET and HEAD are. A POST that only reads (a search)
	 * says so here, so it is retried like any read.
	 */
	safe?: boolean;
	/** Values computed per request (a signature) that must be masked like the credential's secrets. */
	secrets?: string[];
	itemIndex?: number;
}

export interface ApiResponse<T> {
	status: number;
	headers: IDataObject;
	body: T;
}

interface FullResponse {
	statusCode: number;
	headers: IDataObject;
	body: unknown;
}

const SAFE_METHODS = new Set<string>(['GET', 'HEAD']);
/** Same-origin redirects a read follows before it gives up, as a browser would. */
const MAX_REDIRECTS = 5;

function isDataBody(body: ApiRequest['body']): body is IDataObject | IDataObject[] {
	return typeof body === 'object' && body !== null && !Buffer.isBuffer(body);
}

/**
 * The request as the service reads it: data bodies and query parameters through the service's codec;
 * a body given as text or bytes (signed text, multipart) goes as it is, with the request's own headers.
 */
export function encodeRequest(service: ServiceDefinition, request: ApiRequest): { qs?: IDataObject; body?: ApiRequest['body']; headers: IDataObject } {
	const codec = service.codec ?? JSON_CODEC;
	const data = isDataBody(request.body) ? request.body : undefined;
	const encoded = codec.encode({ method: request.method, qs: request.qs, body: data });
	return {
		qs: encoded.qs,
		body: data === undefined ? request.body : encoded.body,
		headers: {
			Accept: request.binary ? '*/*' : codec.accept,
			...(encoded.contentType === undefined ? {} : { 'Content-Type': encoded.contentType }),
			...service.headers,
			...request.headers,
		},
	};
}

/**
 * A refusal n8n turned into an error (a request sent with n8n reading the status, or the credential's
 * log-in failing): n8n keeps only the status and the message it found in the body.
 */
function refusalInside(error: unknown): { status: number; message: string | undefined } | undefined {
	const { httpCode, description } = error as { httpCode?: unknown; description?: unknown };
	const status = Number(httpCode);
	if (!Number.isInteger(status) || status < 400) return undefined;
	// "Request failed with status code 401" is the HTTP client's placeholder, not words of the service.
	const said = typeof description === 'string' && description !== '' && !/^Request failed with status code \d+$/.test(description);
	return { status, message: said ? description : undefined };
}

function asBytes(body: unknown): Buffer {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (typeof body === 'string') return Buffer.from(body, 'utf8');
	return Buffer.alloc(0);
}

/** Where a redirect points, resolved against the address that answered it. */
function redirectTarget(answer: RawAnswer, from: URL): URL | undefined {
	const location = headerOf(answer.headers, 'location');
	if (location === undefined) return undefined;
	try {
		return new URL(location, from);
	} catch {
		return undefined;
	}
}

interface Exchange {
	ctx: RequestContext;
	service: ServiceDefinition;
	codec: Codec;
	request: ApiRequest;
	encoded: ReturnType<typeof encodeRequest>;
	baseUrl: string;
	safe: boolean;
	timeoutMs: number;
	secrets: Array<string | undefined>;
}

type AttemptResult = { ok: true; answer: RawAnswer; value: unknown } | { ok: false; failure: RequestFailure };

/**
 * One attempt: the request through n8n's authenticated HTTP helper (proxy, SSL and credential handling
 * stay n8n's), with redirects never followed by n8n. A read follows one to the service's own origin
 * itself; anything else would carry the credential (a token, a signature header) to another host.
 */
async function attempt(exchange: Exchange): Promise<AttemptResult> {
	const { ctx, service, request, encoded, baseUrl, safe } = exchange;
	const origin = new URL(baseUrl).origin;
	let path = request.path;
	let qs = encoded.qs;
	let refused401: RawAnswer | undefined;
	for (let hop = 0; ; hop++) {
		const options: IHttpRequestOptions = {
			method: request.method,
			baseURL: baseUrl,
			url: path,
			qs,
			body: encoded.body,
			headers: encoded.headers,
			arrayFormat: service.arrayFormat ?? 'brackets',
			json: false,
			encoding: 'arraybuffer',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			disableFollowRedirect: true,
			timeout: exchange.timeoutMs,
		};
		let answer: RawAnswer;
		try {
			const response = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, service.credentialType, options)) as FullResponse;
			answer = { status: response.statusCode, headers: response.headers ?? {}, bytes: asBytes(response.body) };
			if (answer.status === 401 && service.expiringToken && refused401 === undefined) {
				// Sent again with n8n reading the status: its 401 makes n8n log in afresh and resend once.
				refused401 = answer;
				const fresh = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, service.credentialType, {
					...options,
					ignoreHttpStatusErrors: false,
				})) as FullResponse;
				answer = { status: fresh.statusCode, headers: fresh.headers ?? {}, bytes: asBytes(fresh.body) };
			}
		} catch (error) {
			const refused = refusalInside(error);
			if (refused === undefined) return { ok: false, failure: networkFailure(exchange, error) };
			// Refused again after a fresh login, and n8n kept no words of it: the first 401 says why.
			if (refused.status === 401 && refused.message === undefined && refused401 !== undefined) return interpret(exchange, refused401);
			const bare: RawAnswer = { status: refused.status, headers: {}, bytes: Buffer.alloc(0) };
			const message = refused.message ?? `The service answered with HTTP ${refused.status}`;
			return { ok: false, failure: refusalFailure(exchange, bare, { message }) };
		}
		if (answer.status < 300 || answer.status >= 400) return interpret(exchange, answer);

		const target = redirectTarget(answer, /^https?:\/\//i.test(path) ? new URL(path) : new URL(`${baseUrl}${path}`));
		if (!safe || target === undefined || target.origin !== origin || hop >= MAX_REDIRECTS) {
			return { ok: false, failure: redirectFailure(exchange, answer, target) };
		}
		// Kept relative to the service address, so credentials that sign or route by path still see one.
		path = target.href.startsWith(`${baseUrl}/`) ? target.href.slice(baseUrl.length) : target.href;
		qs = undefined;
	}
}

/** A complete answer: the service's refusal, an edge block, an unreadable body, or the value. */
function interpret(exchange: Exchange, answer: RawAnswer): AttemptResult {
	const { request, service, codec } = exchange;
	if (isEdgeBlock(answer)) return { ok: false, failure: edgeBlockFailure(exchange, answer) };
	if (answer.status < 200 || answer.status >= 300) {
		return { ok: false, failure: refusalFailure(exchange, answer, service.readFailure(answer.status, looseBody(answer, codec))) };
	}
	const expectation = request.expect ?? (request.binary ? 'file' : 'data');
	if (expectation === 'file') {
		const refusal = dataInsteadOfFile(answer, codec);
		const envelope = refusal === undefined ? undefined : service.envelopeFailure?.(refusal);
		if (envelope !== undefined) return { ok: false, failure: refusalFailure(exchange, answer, envelope) };
	}
	const checked = checkAnswer(answer, expectation, codec);
	if (!checked.ok) return { ok: false, failure: unreadableFailure(exchange, answer, checked.problem) };
	if (expectation !== 'file') {
		if (service.isOwnAnswer?.(checked.value) === false) {
			return { ok: false, failure: unreadableFailure(exchange, answer, `the answer was not ${service.name}'s`) };
		}
		const envelope = service.envelopeFailure?.(checked.value);
		if (envelope !== undefined) return { ok: false, failure: refusalFailure(exchange, answer, envelope) };
	}
	return { ok: true, answer, value: checked.value };
}

function pacerKey(ctx: RequestContext, service: ServiceDefinition, baseUrl: string): string {
	const execution = 'getExecutionId' in ctx ? ctx.getExecutionId() : 'editor';
	const credential = ctx.getNode().credentials?.[service.credentialType];
	return [execution, service.credentialType, credential?.id ?? credential?.name ?? baseUrl].join('|');
}

/**
 * Sends one request and returns its checked answer, or throws an n8n error in the service's own words
 * with every secret removed. Requests are paced per credential; a request that is safe to repeat is
 * retried with backoff when the service is busy or the connection failed; a write never is, unless the
 * service certainly did not act on it (429).
 */
export async function sendRequest<T>(ctx: RequestContext, service: ServiceDefinition, request: ApiRequest): Promise<ApiResponse<T>> {
	const itemIndex = request.itemIndex ?? 0;
	const credentials = await ctx.getCredentials(service.credentialType, itemIndex);
	const baseUrl = service.baseUrl(credentials);
	const options = readRequestOptions(ctx, itemIndex);
	const exchange: Exchange = {
		ctx,
		service,
		codec: service.codec ?? JSON_CODEC,
		request,
		encoded: encodeRequest(service, request),
		baseUrl,
		safe: request.safe ?? SAFE_METHODS.has(request.method),
		timeoutMs: options.timeoutMs,
		secrets: [...service.secrets(credentials), ...(request.secrets ?? [])],
	};
	const pacer = pacerFor(pacerKey(ctx, service, baseUrl), service.rateLimits ?? []);
	const userLimit = options.maxRequestsPerMinute > 0 ? perMinute(options.maxRequestsPerMinute) : undefined;
	const startedAt = Date.now();

	for (let attemptNumber = 1; ; attemptNumber++) {
		const ticket: Ticket = await pacer.acquire(exchange.safe ? 'read' : 'write', userLimit);
		const result = await attempt(exchange);
		if (result.ok) {
			return { status: result.answer.status, headers: result.answer.headers, body: result.value as T };
		}
		const { failure } = result;
		const retryAfterMs = parseRetryAfter(failure.retryAfter, Date.now());
		if (failure.status === 429) pacer.throttled(ticket, retryAfterMs);
		const repeatable = exchange.safe ? failure.transient : failure.status === 429;
		const decision = repeatable ? decideRetry(attemptNumber, startedAt, Date.now(), retryAfterMs) : { retry: false, waitMs: 0 };
		if (!decision.retry) throw failure.toError(attemptNumber, decision.waitMs);
		await sleep(decision.waitMs);
	}
}
