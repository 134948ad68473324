/**
 * The API key in `X-inFakt-ApiKey` and its scopes (docs/services/infakt.md, Authentication). GET needs
 * `api:invoices:read`, every other method `api:invoices:write`. INFERRED: the older `api_key` query
 * parameter is not honoured, as the current docs name only the header.
 */
import { randomBytes } from 'node:crypto';
import type { RecordedRequest } from '../server';
import { failWith, MESSAGE } from './errors';

export const READ_SCOPE = 'api:invoices:read';
export const WRITE_SCOPE = 'api:invoices:write';

export interface Keys {
	/** Both invoice scopes. */
	apiKey: string;
	readOnlyKey: string;
	/** Valid, but with neither invoice scope (a key made for accounting only). */
	noScopeKey: string;
}

const newKey = (): string => randomBytes(20).toString('hex');

export function newKeys(): { keys: Keys; scopes: Map<string, readonly string[]> } {
	const keys = { apiKey: newKey(), readOnlyKey: newKey(), noScopeKey: newKey() };
	const scopes = new Map<string, readonly string[]>([
		[keys.apiKey, [READ_SCOPE, WRITE_SCOPE]],
		[keys.readOnlyKey, [READ_SCOPE]],
		[keys.noScopeKey, ['api:accounting:read']],
	]);
	return { keys, scopes };
}

/** The key sent, once it is known to be valid; 401 otherwise. */
export function authenticate(request: RecordedRequest, scopes: Map<string, readonly string[]>): string {
	const key = request.headers['x-infakt-apikey'];
	if (key === undefined || !scopes.has(key)) return failWith(401, MESSAGE.UNAUTHORIZED);
	return key;
}

export function authorize(request: RecordedRequest, granted: readonly string[]): void {
	const needed = request.method === 'GET' ? READ_SCOPE : WRITE_SCOPE;
	if (!granted.includes(needed)) failWith(403, MESSAGE.FORBIDDEN);
}
