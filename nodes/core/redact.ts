/**
 * Secret redaction, applied by the error mapper before n8n shows or stores anything. Two kinds of rules:
 * the credential values we know (in every encoding a request gives them), and secrets recognised by
 * the name they travel under (query parameters, JSON members, headers, inv.bg's XML login), which also
 * catches secrets we were not told about.
 */

const MASK = '***';

/** Values shorter than this are skipped: masking "abc" everywhere would shred ordinary text. */
const MIN_SECRET_LENGTH = 4;

/** Headers that carry credentials in the five services, in lower case as HTTP compares them. */
const CREDENTIAL_HEADERS = [
	'authorization',
	'authentication',
	'proxy-authorization',
	'cookie',
	'set-cookie',
	'x-infakt-apikey',
	'x-jwt',
	'afakturytoken',
	'afakturykey',
];

/**
 * Names that carry secrets, compared without case, `-` or `_` (so `apiKey`, `api_key` and `API-KEY` are
 * one name). Includes every credential field and header of the five services.
 */
const SENSITIVE_NAMES = new Set(
	[
		'api_token',
		'token',
		'apikey',
		'key',
		'password',
		'secret',
		'signature',
		'integration_token',
		'access_token',
		'hmac',
		'hmac-sha1',
		'sig',
		'oauth_token',
		'oauth_token_secret',
		'oauth_signature',
		'consumer_secret',
		'x_auth_password',
		...CREDENTIAL_HEADERS,
	].map(normalizeName),
);

function normalizeName(name: string): string {
	return name.toLowerCase().replace(/[-_]/g, '');
}

function isSensitiveName(name: string): boolean {
	let decoded = name;
	try {
		decoded = decodeURIComponent(name);
	} catch {
		// A malformed escape is compared as written.
	}
	return SENSITIVE_NAMES.has(normalizeName(decoded));
}

function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

function formEncode(text: string): string {
	return new URLSearchParams({ value: text }).toString().slice('value='.length);
}

/**
 * A secret as it can appear in a request: raw, inside a JSON string, inside XML (inv.bg's login), and
 * each of those URL- or form-encoded (query strings, the XMLDATA form field). Longest first, so a
 * longer form is masked whole before a shorter one can cut into it.
 */
function secretForms(secret: string): string[] {
	const written = [secret, JSON.stringify(secret).slice(1, -1), escapeXml(secret)];
	const forms = new Set(written.flatMap((form) => [form, encodeURIComponent(form), formEncode(form)]));
	return [...forms].sort((left, right) => right.length - left.length);
}

/** Replaces every occurrence of each known secret value (in any encoding a request uses) with `***`. */
export function redactSecrets(text: string, secrets: Array<string | undefined>): string {
	let result = text;
	for (const secret of secrets) {
		if (secret === undefined || secret.trim().length < MIN_SECRET_LENGTH) continue;
		for (const form of secretForms(secret)) result = result.split(form).join(MASK);
	}
	return result;
}

// `name=value` pairs in query strings, fragments, form bodies and header-like text (`hmac-sha1=…`).
const PARAMETER = /(^|[?&#;,\s])([\w.%-]+)=([^&#\s"'<>,;]+)/g;
// `user:password@` in a URL.
const URL_USER_INFO = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@?#]+:)([^\s/@?#]+)@/gi;

/**
 * Masks the values of sensitive parameters (`api_token`, `token`, `key`, `password`, `signature`…, by
 * name, any case) and a password in `user:password@`, leaving the rest as written. Works on relative
 * URLs, form bodies and on URLs inside longer text.
 */
export function redactUrl(url: string): string {
	return url
		.replace(URL_USER_INFO, `$1${MASK}@`)
		.replace(PARAMETER, (pair: string, separator: string, name: string) =>
			isSensitiveName(name) ? `${separator}${name}=${MASK}` : pair,
		);
}

// `"api_token": "…"` or `"token": 123` inside JSON text, such as a request body quoted in a message.
const JSON_MEMBER = /("([\w.-]+)"\s*:\s*)(?:"(?:[^"\\]|\\.)*"|[^\s,{}[\]"]+)/g;
// Header lines in text (`Authorization: Bearer …`, `Authentication: IAPIS user=…, hmac-sha1=…`). Only
// header names count here: "Invalid token: log in again" is an ordinary sentence.
const HEADER_LINE = new RegExp(`(^|[\\s{,])(${CREDENTIAL_HEADERS.join('|')})(\\s*:\\s*)([^\\r\\n]+)`, 'gim');
// The login attributes of inv.bg's XML (`<login username="…" password="…"/>`), plain or form-encoded.
const XML_LOGIN_ATTRIBUTE = /(\s(?:password|username)\s*=\s*)(["'])(.*?)\2/gi;
const ENCODED_XML_LOGIN_ATTRIBUTE = /((?:%20|\+)(?:password|username)%3D)(%22|%27)(.*?)\2/gi;

function redactByName(text: string): string {
	return redactUrl(text)
		.replace(JSON_MEMBER, (member: string, head: string, name: string) =>
			isSensitiveName(name) ? `${head}"${MASK}"` : member,
		)
		.replace(HEADER_LINE, `$1$2$3${MASK}`)
		.replace(XML_LOGIN_ATTRIBUTE, `$1$2${MASK}$2`)
		.replace(ENCODED_XML_LOGIN_ATTRIBUTE, `$1$2${MASK}$2`);
}

/** Both kinds of rules on one text: the known secrets, then secrets recognised by name. */
export function redactText(text: string, secrets: Array<string | undefined>): string {
	return redactByName(redactSecrets(text, secrets));
}

function isBinary(value: object): boolean {
	return ArrayBuffer.isView(value) || value instanceof ArrayBuffer;
}

function hasValue(value: unknown): boolean {
	return value !== undefined && value !== null && value !== '';
}

function redactValue(value: unknown, secrets: Array<string | undefined>, copies: WeakMap<object, unknown>): unknown {
	if (typeof value === 'string') return redactText(value, secrets);
	if (typeof value !== 'object' || value === null || isBinary(value)) return value;
	const existing = copies.get(value);
	if (existing !== undefined) return existing;

	if (value instanceof Date) return new Date(value.getTime());
	if (Array.isArray(value)) {
		const copy: unknown[] = [];
		copies.set(value, copy);
		for (const item of value) copy.push(redactValue(item, secrets, copies));
		return copy;
	}
	if (value instanceof Map) {
		const copy = new Map<unknown, unknown>();
		copies.set(value, copy);
		for (const [key, item] of value) {
			const sensitive = typeof key === 'string' && isSensitiveName(key) && hasValue(item);
			copy.set(key, sensitive ? MASK : redactValue(item, secrets, copies));
		}
		return copy;
	}

	// Errors keep their class and their non-enumerable `message` and `stack`, both redacted.
	const prototype = Object.getPrototypeOf(value) as object | null;
	const copy = Object.create(prototype) as Record<string, unknown>;
	copies.set(value, copy);
	for (const name of Object.getOwnPropertyNames(value)) {
		const descriptor = Object.getOwnPropertyDescriptor(value, name);
		if (descriptor === undefined || !('value' in descriptor)) continue;
		const item: unknown = descriptor.value;
		const redacted = isSensitiveName(name) && hasValue(item) ? MASK : redactValue(item, secrets, copies);
		Object.defineProperty(copy, name, { ...descriptor, value: redacted });
	}
	return copy;
}

/**
 * A deep copy of `value` with every string redacted by `redactText` and the value of every sensitive
 * key (`api_token`, `password`, `Authorization`, `afakturyKey`…) masked. The input is never changed;
 * cycles are kept as cycles; binary data (Buffers) is passed through untouched.
 */
export function redactObject<T>(value: T, secrets: Array<string | undefined>): T {
	return redactValue(value, secrets, new WeakMap()) as T;
}
