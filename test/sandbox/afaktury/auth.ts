/**
 * Header authentication (docs/services/afaktury.md, Authentication): `afakturyToken`, or `afakturyId` with
 * `afakturyKey`. Header names are case-insensitive on HTTP, so any case is accepted. INFERRED: a token
 * header, when present, decides alone; credentials in the query or the body never authenticate.
 */
import { timingSafeEqual } from 'node:crypto';
import type { RecordedRequest } from '../server';
import { AfakturyError, MESSAGE } from './envelope';

export interface Credentials {
	token: string;
	accountId: string;
	key: string;
}

function same(sent: string | undefined, expected: string): boolean {
	if (sent === undefined) return false;
	const a = Buffer.from(sent, 'utf8');
	const b = Buffer.from(expected, 'utf8');
	return a.length === b.length && timingSafeEqual(a, b);
}

export function authenticate(request: RecordedRequest, credentials: Credentials): void {
	const token = request.headers.afakturytoken;
	const passes =
		token !== undefined
			? same(token, credentials.token)
			: same(request.headers.afakturyid, credentials.accountId) && same(request.headers.afakturykey, credentials.key);
	if (!passes) throw new AfakturyError([MESSAGE.AUTH]);
}
