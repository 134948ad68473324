/**
 * The IAPIS request signature (Signature page, FAQ): HMAC-SHA1 keyed with the hex-decoded key over
 * `url + login + keyName + body`, written as lowercase hex. Pure, so the tests of the fake can check it on
 * the FAQ pair and the worked examples of docs/services/ifirma.md without a server.
 */
import { createHmac } from 'node:crypto';

export type KeyName = 'faktura' | 'abonent' | 'rachunek' | 'wydatek';

export const KEY_NAMES: readonly KeyName[] = ['faktura', 'abonent', 'rachunek', 'wydatek'];

export interface SignedMessage {
	/** Absolute URL without the query string: the query is never signed. */
	url: string;
	login: string;
	keyName: string;
	/** The exact body bytes sent; a string is taken as UTF-8. Empty for a GET. */
	body: Buffer | string;
	/** The key as ifirma shows it, e.g. `EAB0D8ACF3308F3B`. */
	hexKey: string;
}

export function isHexKey(text: string): boolean {
	return text.length > 0 && text.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(text);
}

export function ifirmaSignature(message: SignedMessage): string {
	if (!isHexKey(message.hexKey)) throw new Error(`an ifirma key is an even-length hex string, got ${message.hexKey}`);
	const head = Buffer.from(`${message.url}${message.login}${message.keyName}`, 'utf8');
	const body = typeof message.body === 'string' ? Buffer.from(message.body, 'utf8') : message.body;
	return createHmac('sha1', Buffer.from(message.hexKey, 'hex')).update(Buffer.concat([head, body])).digest('hex');
}
