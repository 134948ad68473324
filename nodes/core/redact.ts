/**
 * Secret redaction, applied by the error mapper before n8n shows or stores anything. Two kinds of rules:
 * the credential values we know (in every encoding a request gives them), and secrets recognised by
 * the name they travel under (query parameters, JSON members, headers, an XML login), which also
 * catches secrets we were not told about.
 */

const MASK = '***';

/** Values shorter than this are skipped: masking "abc" everywhere would shred ordinary text. */
const MIN_SECRET_LENGTH = 4;

/** Headers that carry credentials by their standard names, in lower case as HTTP compares them. */
const CREDENTIAL_HEADERS = ['authorization', 'authentication', 'proxy-authorization', 'cookie', 'set-cookie'];
/**
 * A service's own credential header: one word ending in token, key or jwt (`X-Api-Key`, `fooToken`).
 * Not a bare "token": "Invalid token: log in again" is an ordinary sentence.
 */
const OWN_CREDENTIAL_HEADER = '[a-z][a-z-]*?(?:token|key|jwt)';

/**
 * Names that carry secrets: these, compared without case, `-` or `_`, and any name whose last word is
 * one of SENSITIVE_LAST_WORDS (`api_token`, `apiKey`, `fooToken`, `oauth_token_secret`), but not a
 * name that merely ends in those letters (`monkey`, `tokens`).
 */
const SENSITIVE_NAMES = new Set(['sig', 'hmac', 'hmac-sha1', ...CREDENTIAL_HEADERS].map(normalizeName));
const SENSITIVE_LAST_WORDS = new Set(['token', 'key', 'apikey', 'secret', 'password', 'signature', 'jwt']);

function lastWord(name: string): string {
	const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s._-]+/);
	return (words[words.length - 1] ?? '').toLowerCase();
}

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
	return SENSITIVE_NAMES.has(normalizeName(decoded)) || SENSITIVE_LAST_WORDS.has(lastWord(decoded));
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
 * A secret as it can appear in a request: raw, inside a JSON string, inside XML, and each of those URL-
 * or form-encoded (query strings, an XML document posted in a form field). Longest first, so a longer
 * form is masked whole before a shorter one can cut into it.
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
// Header lines in text (`Authorization: Bearer …`, `Authentication: IAPIS user=…, hmac-sha1=…`).
const HEADER_LINE = new RegExp(`(^|[\\s{,])(${[...CREDENTIAL_HEADERS, OWN_CREDENTIAL_HEADER].join('|')})(\\s*:\\s*)([^\\r\\n]+)`, 'gim');
// The login attributes of an XML login (`<login username="…" password="…"/>`), plain or form-encoded.
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

