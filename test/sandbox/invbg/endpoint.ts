/**
 * The API v3 flavour of a route: bearer check, JSON body, the caller's language, and error answers from
 * thrown InvBgErrors.
 */
import type { ServerResponse } from 'node:http';
import { sendBytes, sendJson } from '../server';
import type { RecordedRequest, Route, RouteParams } from '../server';
import { InvBgError, plainError, text } from './errors';
import type { InvBgStore, Language } from './store';
import { verifyBearer } from './tokens';

export interface Call {
	request: RecordedRequest;
	/** Placeholders of the route path, e.g. `id`. */
	path: RouteParams;
	/** The parsed JSON body; undefined for a request without one. */
	body: unknown;
	language: Language;
	store: InvBgStore;
}

export type Reply =
	{ status: number; json: unknown } | { status: 204 } | { status: number; bytes: Buffer; contentType: string };

export interface Endpoint {
	method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
	/** Below `/v3`, e.g. `/invoices/:id`. */
	path: string;
	action(call: Call): Reply;
	/** Only the login itself goes without a bearer token. */
	public?: true;
}

export const json = (status: number, value: unknown): Reply => ({ status, json: value });
export const noContent = (): Reply => ({ status: 204 });

/** INFERRED: anything but `en` gets Bulgarian, the service's own language. */
export function languageOf(request: RecordedRequest): Language {
	return request.headers['accept-language']?.trim().toLowerCase().startsWith('en') ? 'en' : 'bg';
}

function readJson(request: RecordedRequest): unknown {
	if (request.rawBody.length === 0) return undefined;
	if (request.contentType !== 'application/json') {
		throw plainError(415, text('Content-Type трябва да е application/json', 'Content-Type must be application/json'));
	}
	try {
		return JSON.parse(request.rawBody.toString('utf8')) as unknown;
	} catch {
		// INFERRED text; the 400 `{"error"}` shape is the one a third-party test schema records.
		throw plainError(400, text('Невалиден JSON', 'Invalid JSON'));
	}
}

function send(res: ServerResponse, reply: Reply): void {
	if ('json' in reply) sendJson(res, reply.status, reply.json);
	else if ('bytes' in reply) sendBytes(res, reply.status, reply.contentType, reply.bytes);
	else {
		res.writeHead(204);
		res.end();
	}
}

/** The bearer is checked before the body is read, so an unauthenticated caller learns nothing about its body. */
export function toRoute(endpoint: Endpoint, store: InvBgStore): Route {
	return {
		method: endpoint.method,
		path: `/v3${endpoint.path}`,
		handle: (request, res, path) => {
			const language = languageOf(request);
			try {
				if (!endpoint.public) verifyBearer(store, request);
				send(res, endpoint.action({ request, path, body: readJson(request), language, store }));
			} catch (error) {
				if (!(error instanceof InvBgError)) throw error;
				sendJson(res, error.status, error.body(language));
			}
		},
	};
}
