import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

export const CREDENTIAL_TYPE = 'infaktApi';

export const PRODUCTION_URL = 'https://api.infakt.pl/api/v3';
export const SANDBOX_URL = 'https://api.sandbox-infakt.pl/api/v3';

/** The API root the credential points at: inFakt's own, its sandbox, or a test server. */
export function apiBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const environment = String(credentials.environment ?? 'production');
	const address =
		environment === 'custom' ? String(credentials.baseUrl ?? '').trim() : environment === 'sandbox' ? SANDBOX_URL : PRODUCTION_URL;
	return (address || PRODUCTION_URL).replace(/\/+$/, '');
}

export function credentialSecrets(credentials: ICredentialDataDecryptedObject): Array<string | undefined> {
	const key = typeof credentials.apiKey === 'string' ? credentials.apiKey.trim() : '';
	return [key === '' ? undefined : key];
}
