import { createHmac } from 'crypto';

/**
 * iFirma's request signature ("IAPIS"): HMAC-SHA1 over url + login + key name + body, where the url has
 * no query string, the body is the exact text sent (empty for GET) and the key is the hex string ifirma
 * shows, decoded to bytes. Pure functions, so the credential and the tests share one definition.
 */

export const IFIRMA_API_URL = 'https://www.ifirma.pl/iapi';

/**
 * The key names of the operations the node has. iFirma has a fourth, `wydatek`, for expenses, which the
 * node does not record.
 */
export type IfirmaKeyName = 'faktura' | 'abonent' | 'rachunek';

/** The credential field holding each key name's key. */
export const KEY_FIELDS: Record<IfirmaKeyName, string> = {
	faktura: 'invoiceKey',
	abonent: 'subscriberKey',
	rachunek: 'billKey',
};

/**
 * Which of the account's keys signs a request, from the first segment of its path relative to the API
 * root: account data (`abonent/…`) has its own key, bills (`rachunekkraj…`) theirs, and every invoice,
 * payment and client call uses `faktura`.
 */
export function keyNameFor(path: string): IfirmaKeyName {
	const resource = path.replace(/^\/+/, '').split(/[/?.]/, 1)[0].toLowerCase();
	if (resource === 'abonent') return 'abonent';
	if (resource.startsWith('rachunek')) return 'rachunek';
	return 'faktura';
}

/** Whether a key is written as ifirma shows it: pairs of hex digits. */
export function isHexKey(key: string): boolean {
	return key.length > 0 && key.length % 2 === 0 && /^[0-9a-f]+$/i.test(key);
}

/** The url the service signs: base and path joined as the HTTP client joins them, without query or fragment. */
export function signedUrl(baseUrl: string, path: string): string {
	const joined = /^https?:\/\//i.test(path) ? path : `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
	return joined.replace(/[?#].*$/, '');
}

export function signatureMessage(url: string, login: string, keyName: string, body: string): string {
	return `${url}${login}${keyName}${body}`;
}

/** HMAC-SHA1 of the UTF-8 message with the hex-decoded key, as lowercase hex. */
export function hmacSha1Hex(hexKey: string, message: string): string {
	if (!isHexKey(hexKey)) throw new Error('An iFirma key must be a string of hex digits');
	return createHmac('sha1', Buffer.from(hexKey, 'hex')).update(message, 'utf8').digest('hex');
}

export function authenticationHeader(login: string, signature: string): string {
	return `IAPIS user=${login}, hmac-sha1=${signature}`;
}
