/** The BitFaktura flavour of a route: Rails params, `api_token` check, error answers from thrown ApiErrors. */
import type { ServerResponse } from 'node:http';
import { sendBytes, sendJson } from '../server';
import type { RecordedRequest, RequestHandler, Route, RouteParams } from '../server';
import { ApiError, notFound, unauthorized } from './errors';
import type { Params } from './params';
import { readParams } from './params';
import type { Store } from './store';

export interface Call {
	request: RecordedRequest;
	/** Placeholders of the route path, e.g. `id`. */
	path: RouteParams;
	params: Params;
	store: Store;
}

export type Reply =
	| { status: number; json: unknown }
	| { status: number; bytes: Buffer; contentType: string; headers: Record<string, string> };

export interface Endpoint {
	method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	path: string;
	action(call: Call): Reply;
	/** Partner calls (login, users, account creation) are authorised by `integration_token` instead. */
	withoutApiToken?: true;
	/** Where the API documents a file upload (`department[logo]`). */
	multipart?: true;
}

export const json = (status: number, value: unknown): Reply => ({ status, json: value });

function send(res: ServerResponse, reply: Reply): void {
	if ('json' in reply) sendJson(res, reply.status, reply.json);
	else sendBytes(res, reply.status, reply.contentType, reply.bytes, reply.headers);
}

/**
 * Routing comes first (an unknown path is a 404 whatever the token), then the token, then the action — the
 * order a Rails app applies them. The token is read from the merged params: query string or the top-level
 * body key; a token nested inside the resource wrapper does not count (INFERRED from the API page's examples
 * and the Saloon client's notes).
 */
export function toRoute(endpoint: Endpoint, store: Store): Route {
	return {
		method: endpoint.method,
		path: endpoint.path,
		handle: (request, res, path) => {
			try {
				const params = readParams(request, endpoint.multipart === true);
				if (!endpoint.withoutApiToken && params.api_token !== store.apiToken) throw unauthorized();
				send(res, endpoint.action({ request, path, params, store }));
			} catch (error) {
				if (!(error instanceof ApiError)) throw error;
				sendJson(res, error.status, error.body);
			}
		},
	};
}

export const answerNotFound: RequestHandler = (_request, res) => {
	const { status, body } = notFound();
	sendJson(res, status, body);
};
