import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { ProviderFailure } from './errors';
import { providerError } from './errors';
import { redactSecrets, redactUrl } from './redact';

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
	/** Per-status advice that is more precise than the core's general one. */
	hints?: Partial<Record<number, string>>;
	timeoutMs?: number;
}

export interface ApiRequest {
	method: IHttpRequestMethods;
	path: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[] | string | Buffer;
	headers?: IDataObject;
	/** Read the answer as bytes (PDF and other files). */
	binary?: boolean;
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

const DEFAULT_TIMEOUT_MS = 60_000;

function isJsonBody(body: ApiRequest['body']): body is IDataObject | IDataObject[] {
	return typeof body === 'object' && body !== null && !Buffer.isBuffer(body);
}

/** Error bodies of file downloads arrive as bytes; read them as the JSON or text they are. */
function decodeBody(body: unknown): unknown {
	if (!Buffer.isBuffer(body) && !(body instanceof ArrayBuffer)) return body;
	const text = Buffer.from(body as Buffer).toString('utf8');
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

/** A download that answered JSON instead of the file: services put their refusals there. */
function jsonInsteadOfFile(response: FullResponse): unknown {
	const contentType = String(response.headers['content-type'] ?? '');
	return /[/+]json\b/i.test(contentType) ? decodeBody(response.body) : undefined;
}

/**
 * The system error code (ECONNREFUSED, ENOTFOUND, ETIMEDOUT…) of a request that got no answer. n8n wraps
 * the request error in a NodeApiError that keeps only its texts, so the code is read from those too.
 */
function networkCode(error: unknown): string | undefined {
	const wrapped = error as { code?: unknown; cause?: { code?: unknown }; message?: unknown; messages?: unknown };
	for (const code of [wrapped?.code, wrapped?.cause?.code]) {
		if (typeof code === 'string' && code !== '') return code;
	}
	const texts = [wrapped?.message, ...(Array.isArray(wrapped?.messages) ? wrapped.messages : [])];
	for (const text of texts) {
		const match = typeof text === 'string' ? /\b(E[A-Z][A-Z0-9_]{2,})\b/.exec(text) : null;
		if (match) return match[1];
	}
	return undefined;
}

/** Said in words: n8n replaces a message that contains the bare code with its own, losing the address. */
const NETWORK_FAILURES: Record<string, string> = {
	ECONNREFUSED: 'connection refused',
	ECONNRESET: 'connection reset',
	ENOTFOUND: 'no such host',
	EAI_AGAIN: 'host name lookup failed',
	ETIMEDOUT: 'timed out',
	ECONNABORTED: 'timed out',
	ECERTHASEXPIRED: 'expired TLS certificate',
	DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
};

function unreachableError(
	node: INode,
	service: ServiceDefinition,
	baseUrl: string,
	error: unknown,
	secrets: Array<string | undefined>,
	itemIndex: number | undefined,
): NodeApiError {
	const code = networkCode(error);
	const address = redactSecrets(redactUrl(baseUrl), secrets);
	const reason = (code && NETWORK_FAILURES[code]) ?? 'no answer';
	const message = `${service.name}: could not reach ${address} (${reason})`;
	const description = `Check the account address in the ${service.name} credential and that the service is up.`;
	return new NodeApiError(node, { message, description }, { message, description, itemIndex });
}

/**
 * Sends one request through n8n's authenticated HTTP helper (proxy, SSL and credential handling stay
 * n8n's) and turns every failure into the service's own words with the secrets removed. Statuses are
 * read here rather than by n8n, so that no raw request (with a token in its URL) is kept in an error.
 */
export async function sendRequest<T>(
	ctx: RequestContext,
	service: ServiceDefinition,
	request: ApiRequest,
): Promise<ApiResponse<T>> {
	const credentials = await ctx.getCredentials(service.credentialType, request.itemIndex ?? 0);
	const secrets = service.secrets(credentials);
	const baseUrl = service.baseUrl(credentials);
	const jsonBody = isJsonBody(request.body);

	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL: baseUrl,
		url: request.path,
		qs: request.qs,
		body: request.body,
		headers: {
			Accept: request.binary ? '*/*' : 'application/json',
			...(jsonBody ? { 'Content-Type': 'application/json' } : {}),
			...request.headers,
		},
		arrayFormat: 'brackets',
		json: !request.binary,
		encoding: request.binary ? 'arraybuffer' : undefined,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: service.timeoutMs ?? DEFAULT_TIMEOUT_MS,
	};

	let response: FullResponse;
	try {
		response = (await ctx.helpers.httpRequestWithAuthentication.call(
			ctx,
			service.credentialType,
			options,
		)) as FullResponse;
	} catch (error) {
		throw unreachableError(ctx.getNode(), service, baseUrl, error, secrets, request.itemIndex);
	}

	const context = {
		service: service.name,
		itemIndex: request.itemIndex,
		secrets,
	};
	const status = response.statusCode;
	if (status < 200 || status >= 300) {
		const failure = { ...service.readFailure(status, decodeBody(response.body)), status };
		throw providerError(ctx.getNode(), failure, { ...context, hint: service.hints?.[status] });
	}
	const answered = request.binary ? jsonInsteadOfFile(response) : response.body;
	const envelope = answered === undefined ? undefined : service.envelopeFailure?.(answered);
	if (envelope !== undefined) throw providerError(ctx.getNode(), envelope, context);

	return { status, headers: response.headers, body: response.body as T };
}
