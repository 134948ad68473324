/**
 * The iFirma flavour of a route. The shared router's placeholders stop at `.`, but a contractor search
 * phrase or identifier may contain dots (`Sp. z o.o.`), so ifirma routes compile their own patterns, where
 * a placeholder is any run of characters up to the next `/`.
 */
import type { RecordedRequest } from '../server';
import type { Payload } from './envelope';
import type { IfirmaStore } from './store';

export interface Call {
	request: RecordedRequest;
	/** Placeholders of the path, percent-decoded. */
	params: Record<string, string>;
	/** The parsed JSON body of a POST or PUT; undefined for a GET. */
	body: unknown;
	store: IfirmaStore;
}

export type Reply = { informacja: string; payload: Payload } | { bytes: Buffer; contentType: string };

export interface Endpoint {
	method: 'GET' | 'POST' | 'PUT';
	pattern: RegExp;
	handle(call: Call): Reply;
}

/** Success: Kod 0 with the payload beside it. Refusals are thrown as IfirmaError. */
export function ok(informacja: string, payload: Payload = {}): Reply {
	return { informacja, payload };
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `path` is a literal with `:name` placeholders, e.g. `/iapi/kontrahenci/:phrase.json`. */
export function route(method: Endpoint['method'], path: string, handle: Endpoint['handle']): Endpoint {
	const source = path
		.split(/(:[A-Za-z]+)/)
		.map((part) => (part.startsWith(':') ? `(?<${part.slice(1)}>[^/]+)` : escapeRegExp(part)))
		.join('');
	return { method, pattern: new RegExp(`^${source}$`), handle };
}

export interface Match {
	endpoint: Endpoint;
	params: Record<string, string>;
}

export function findEndpoint(endpoints: readonly Endpoint[], method: string, path: string): Match | undefined {
	for (const endpoint of endpoints) {
		if (endpoint.method !== method) continue;
		const match = endpoint.pattern.exec(path);
		if (!match) continue;
		try {
			const params: Record<string, string> = {};
			for (const [name, value] of Object.entries(match.groups ?? {})) params[name] = decodeURIComponent(value);
			return { endpoint, params };
		} catch {
			// A malformed percent-escape names no resource.
			return undefined;
		}
	}
	return undefined;
}

/** A query parameter; when sent twice, the first one counts (INFERRED). */
export function queryValue(request: RecordedRequest, name: string): string | undefined {
	const value = request.query[name];
	return Array.isArray(value) ? value[0] : value;
}
