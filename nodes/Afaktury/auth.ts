import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

export const AFAKTURY_API_URL = 'https://afaktury.pl/api';

/**
 * afaktury.pl sits behind Cloudflare, which answers a client without a browser-like User-Agent with a
 * "Just a moment..." page instead of passing it on (docs/services/afaktury.md, "Bot protection").
 */
export const BROWSER_USER_AGENT =
	'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36 n8n-nodes-faktura';

export const CREDENTIAL_TYPE = 'afakturyApi';

/** The API root the credential points at: afaktury.pl's, unless a test server is asked for. */
export function apiBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const address = credentials.useCustomAddress === true ? String(credentials.baseUrl ?? '').trim() : '';
	return (address || AFAKTURY_API_URL).replace(/\/+$/, '');
}

/** The headers that sign a request, exactly as the vendor page names them; one way or the other, never both. */
export function authenticationHeaders(credentials: ICredentialDataDecryptedObject): Record<string, string> {
	if (credentials.authentication === 'idAndKey') {
		return { afakturyId: String(credentials.accountId ?? '').trim(), afakturyKey: String(credentials.apiKey ?? '').trim() };
	}
	return { afakturyToken: String(credentials.token ?? '').trim() };
}

export function credentialSecrets(credentials: ICredentialDataDecryptedObject): Array<string | undefined> {
	return [credentials.token, credentials.apiKey].map((value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined));
}
