/**
 * The shared base of every provider's fake service: a loopback HTTP server that records each request
 * exactly as it arrived on the wire, a tiny route table, and reply helpers. Nothing provider-specific here.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFaultLayer } from './faults';
import type { FaultControl } from './faults';

export type QueryValue = string | string[];

export interface RecordedRequest {
	method: string;
	/** Path without the query string, still percent-encoded as sent. */
	path: string;
	/** Keys as sent (`kinds[]` stays `kinds[]`); a key ending in `[]` or sent twice gives an array. */
	query: Record<string, QueryValue>;
	/** Lower-cased header names; repeated headers joined with `, `. */
	headers: Record<string, string>;
	rawBody: Buffer;
	/** The parsed JSON body when the request declared a JSON content type and sent a body, else undefined. */
	body: unknown;
	/** Media type of the body, lower-cased, without parameters (`multipart/form-data`); undefined when absent. */
	contentType: string | undefined;
}

export type RequestHandler = (request: RecordedRequest, res: ServerResponse) => void | Promise<void>;

export interface RunningServer {
	baseUrl: string;
	port: number;
	/** Every request received, in arrival order, recorded before it was handled. */
	requests: RecordedRequest[];
	/** Error pages, cut connections, delays and a rate limit, injected in front of the handler. */
	faults: FaultControl;
	close(): Promise<void>;
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
	const body = Buffer.from(JSON.stringify(value), 'utf8');
	res.writeHead(status, {
		'Content-Type': 'application/json; charset=utf-8',
		'Content-Length': body.length,
	});
	res.end(body);
}

export function sendBytes(
	res: ServerResponse,
	status: number,
	contentType: string,
	body: Buffer,
	headers: Record<string, string> = {},
): void {
	res.writeHead(status, { ...headers, 'Content-Type': contentType, 'Content-Length': body.length });
	res.end(body);
}

export function isJsonMediaType(mediaType: string | undefined): boolean {
	return mediaType !== undefined && (mediaType === 'application/json' || mediaType.endsWith('+json'));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

function readQuery(params: URLSearchParams): Record<string, QueryValue> {
	const query: Record<string, QueryValue> = {};
	for (const [key, value] of params) {
		const existing = query[key];
		if (existing === undefined) query[key] = key.endsWith('[]') ? [value] : value;
		else query[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
	}
	return query;
}

function readHeaders(req: IncomingMessage): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(req.headers)) {
		if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
	}
	return headers;
}

class MalformedJson extends Error {}

function parseJsonBody(mediaType: string | undefined, rawBody: Buffer): unknown {
	if (!isJsonMediaType(mediaType) || rawBody.length === 0) return undefined;
	try {
		return JSON.parse(rawBody.toString('utf8')) as unknown;
	} catch {
		throw new MalformedJson();
	}
}

interface Arrival {
	request: RecordedRequest;
	/** The body declared JSON and did not parse; `request.body` stays undefined. */
	malformedJson: boolean;
}

async function receive(req: IncomingMessage, requests: RecordedRequest[], parseJson: boolean): Promise<Arrival> {
	const rawBody = await readBody(req);
	const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
	const headers = readHeaders(req);
	const contentType = headers['content-type']?.split(';')[0]?.trim().toLowerCase() || undefined;
	const request: RecordedRequest = {
		method: (req.method ?? 'GET').toUpperCase(),
		path: url.pathname,
		query: readQuery(url.searchParams),
		headers,
		rawBody,
		body: undefined,
		contentType,
	};
	requests.push(request);
	if (!parseJson) return { request, malformedJson: false };
	try {
		request.body = parseJsonBody(contentType, rawBody);
		return { request, malformedJson: false };
	} catch (error) {
		if (error instanceof MalformedJson) return { request, malformedJson: true };
		throw error;
	}
}

function answerError(res: ServerResponse, error: unknown): void {
	if (res.headersSent) return void res.end();
	const detail = error instanceof Error ? error.message : String(error);
	sendJson(res, 500, { status: 500, error: 'Internal Server Error', detail });
}

/** What the service itself answers, written to whichever response the fault layer hands it. */
async function serve(handler: RequestHandler, { request, malformedJson }: Arrival, res: ServerResponse): Promise<void> {
	try {
		// A body that does not parse never reaches the handler, as a web framework's parser rejects it
		// first (Rails answers 400 Bad Request on a JSON parse error).
		if (malformedJson) return sendJson(res, 400, { status: 400, error: 'Bad Request' });
		await handler(request, res);
	} catch (error) {
		answerError(res, error);
	}
}

export interface ServerOptions {
	/**
	 * Default true: JSON bodies are parsed before the handler runs and a malformed one is answered 400 here.
	 * False leaves `body` undefined and hands every request to the handler, for a service that answers bad
	 * encoding or bad JSON in its own envelope (iFirma's Kod 101 and 200).
	 */
	parseJson?: boolean;
}

/** Listens on 127.0.0.1 with a port chosen by the OS, so parallel test files never collide. */
export async function startServer(handler: RequestHandler, options: ServerOptions = {}): Promise<RunningServer> {
	const requests: RecordedRequest[] = [];
	const parseJson = options.parseJson ?? true;
	const faults = createFaultLayer();
	const server = createServer((req, res) => {
		void (async () => {
			try {
				const arrival = await receive(req, requests, parseJson);
				await faults.answer(arrival.request, res, (target) => serve(handler, arrival, target));
			} catch (error) {
				answerError(res, error);
			}
		})();
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	return {
		baseUrl: `http://127.0.0.1:${port}`,
		port,
		requests,
		faults: faults.control,
		close: () =>
			new Promise<void>((resolve, reject) => {
				faults.close();
				server.close((error) => (error ? reject(error) : resolve()));
				// Keep-alive sockets would hold close() open and keep jest waiting.
				server.closeAllConnections();
			}),
	};
}

/**
 * Another origin that answers 200 `{}` to everything and records what arrived: the target of a cross-origin
 * redirect, to prove credentials never reach it.
 */
export function startRecorder(): Promise<RunningServer> {
	return startServer((_request, res) => sendJson(res, 200, {}));
}

export type RouteParams = Record<string, string>;

export type RouteHandler = (
	request: RecordedRequest,
	res: ServerResponse,
	params: RouteParams,
) => void | Promise<void>;

export interface Route {
	method: string;
	/** Literal path with `:name` placeholders, e.g. `/invoices/:id.json`; a placeholder stops at `/` and `.`. */
	path: string;
	handle: RouteHandler;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compilePath(path: string): RegExp {
	const source = path
		.split(/(:[A-Za-z_][A-Za-z0-9_]*)/)
		.map((part) => (part.startsWith(':') ? `(?<${part.slice(1)}>[^/.]+)` : escapeRegExp(part)))
		.join('');
	return new RegExp(`^${source}$`);
}

/**
 * First route whose method and path both match wins; anything else (unknown path or a known path with
 * another method) goes to `fallback`, which decides what the service says about it.
 */
export function createRouter(routes: readonly Route[], fallback: RequestHandler): RequestHandler {
	const compiled = routes.map((route) => ({ ...route, method: route.method.toUpperCase(), pattern: compilePath(route.path) }));
	return (request, res) => {
		for (const route of compiled) {
			if (route.method !== request.method) continue;
			const match = route.pattern.exec(request.path);
			if (!match) continue;
			const params: RouteParams = {};
			for (const [name, value] of Object.entries(match.groups ?? {})) params[name] = decodeURIComponent(value);
			return route.handle(request, res, params);
		}
		return fallback(request, res);
	};
}
