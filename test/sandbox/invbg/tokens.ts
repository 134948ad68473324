/**
 * POST /login/token and the bearer check (docs/services/invbg.md, "Authentication"). The answers to a wrong
 * password, an unknown firm and empty strings were measured by third-party tests against the real API; the
 * token is JWT-shaped with the claims a published one carries (`firmID`, `userID`, `iat`, `exp`, `scope`).
 */
import { createHmac } from 'node:crypto';
import type { RecordedRequest } from '../server';
import type { Endpoint } from './endpoint';
import { json } from './endpoint';
import { invalidToken, plainError, text } from './errors';
import type { InvBgStore } from './store';

const FIRM_ID = 1;
const USER_ID = 1;
/** Signs the sandbox's tokens; nothing outside this file needs to know it. */
const SIGNING_KEY = 'invbg-sandbox';

const base64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

function issue(store: InvBgStore): { token: string; expires: number } {
	const issuedAt = Math.floor(store.now() / 1000);
	const expires = issuedAt + store.tokenLifetimeSeconds;
	const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
	// `jti` keeps two tokens issued in the same second apart.
	const claims = {
		firmID: FIRM_ID,
		userID: USER_ID,
		iat: issuedAt,
		exp: expires,
		scope: ['human', 'admin'],
		jti: store.tokenSerial.take(),
	};
	const payload = base64url(JSON.stringify(claims));
	const signature = base64url(createHmac('sha256', SIGNING_KEY).update(`${header}.${payload}`).digest());
	const token = `${header}.${payload}.${signature}`;
	store.tokens.set(token, { token, expires });
	return { token, expires };
}

/** The expiry as a person reads it; the real text's format was not captured (INFERRED). */
function expiryText(expires: number): string {
	return new Date(expires * 1000).toISOString().replace('T', ' ').slice(0, 19);
}

export const loginEndpoint: Endpoint = {
	method: 'POST',
	path: '/login/token',
	public: true,
	action: ({ body, store }) => {
		const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
		const { email, password, domain } = fields;
		if (typeof email !== 'string' || typeof password !== 'string' || typeof domain !== 'string') {
			throw plainError(400, text('Missing required fields', 'Missing required fields'));
		}
		// Empty strings fail as an unknown firm, as measured: the firm is looked up first.
		if (domain !== store.login.domain) throw plainError(401, text('Firm not found', 'Firm not found'));
		if (email !== store.login.email || password !== store.login.password) {
			throw plainError(401, text('Wrong username or password', 'Wrong username or password'));
		}
		const { token, expires } = issue(store);
		store.logins += 1;
		return json(200, { token, expires, expires_string: expiryText(expires) });
	},
};

export function verifyBearer(store: InvBgStore, request: RecordedRequest): void {
	const match = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '');
	const issued = match ? store.tokens.get(match[1]) : undefined;
	if (issued === undefined || issued.expires <= Math.floor(store.now() / 1000)) throw invalidToken();
}

/** Every token issued so far stops working, as if its 24 hours had passed. */
export function expireTokens(store: InvBgStore): void {
	for (const issued of store.tokens.values()) issued.expires = 0;
}
