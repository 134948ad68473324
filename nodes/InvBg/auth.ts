import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { LOGIN_PATH, loginBody, refusalOf, tokenOf } from './mapping/login';

export const CREDENTIAL_TYPE = 'invBgApi';

export const API_V3_URL = 'https://api.inv.bg/v3';

export type ApiVersion = 'v3' | 'v1';

export function apiVersionOf(credentials: ICredentialDataDecryptedObject): ApiVersion {
	return credentials.apiVersion === 'v1' ? 'v1' : 'v3';
}

function trimmed(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

function withoutTrailingSlash(address: string): string {
	return address.replace(/\/+$/, '');
}

/** The v3 API root: inv.bg's, unless a test server is asked for. */
export function v3BaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const custom = credentials.useCustomAddress === true ? trimmed(credentials.baseUrl) : '';
	return withoutTrailingSlash(custom || API_V3_URL);
}

/** The v1 XML API answers on the company's own subdomain (docs/services/invbg.md, "XML API v1"), or at a test server. */
export function v1Url(credentials: ICredentialDataDecryptedObject): string {
	const custom = credentials.useCustomAddress === true ? trimmed(credentials.v1Url) : '';
	return withoutTrailingSlash(custom || `http://${trimmed(credentials.domain)}.inv.bg/api`);
}

export function credentialSecrets(credentials: ICredentialDataDecryptedObject): Array<string | undefined> {
	return [credentials.password, credentials.sessionToken].map((value) => (trimmed(value) === '' ? undefined : trimmed(value)));
}

/** The language of names, messages and PDFs v3 answers in. */
export function languageOf(credentials: ICredentialDataDecryptedObject): 'bg' | 'en' {
	return credentials.language === 'en' ? 'en' : 'bg';
}

/** What the login answers when it refuses, in the credential's own words; the service's `error` texts are measured (third-party tests). */
const LOGIN_REFUSALS: Record<string, string> = {
	'Wrong username or password': 'inv.bg knows the company domain but refuses this e-mail and password. Check the password of this inv.bg user.',
	'Firm not found': 'inv.bg has no company with this domain. Enter the subdomain you log in at, e.g. mycompany for mycompany.inv.bg.',
};

/**
 * The login for a v3 session token, as n8n runs a credential's `preAuthentication`. A refusal is thrown as an
 * n8n API error whose message is the credential's own sentence: n8n passes such an error on unchanged, so the
 * credential test shows that sentence, and the node's requests fail with it and HTTP 401, never with n8n's
 * "check your credentials" for both a wrong password and a wrong domain.
 */
export async function logIn(requester: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
	if (apiVersionOf(credentials) === 'v1') return {};
	const answer = (await requester.helpers.httpRequest({
		method: 'POST',
		url: `${v3BaseUrl(credentials)}${LOGIN_PATH}`,
		body: loginBody({ email: trimmed(credentials.email), password: String(credentials.password ?? ''), domain: trimmed(credentials.domain) }),
		headers: { Accept: 'application/json', 'Accept-Language': languageOf(credentials) },
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	})) as { statusCode: number; body: unknown };
	const token = tokenOf(answer.body);
	if (answer.statusCode === 200 && token !== undefined) return { sessionToken: token };
	const said = refusalOf(answer.body);
	const message = LOGIN_REFUSALS[said] ?? `inv.bg refused the login with HTTP ${answer.statusCode}. Check the e-mail, password and company domain.`;
	// The service's own words first: the node's error shows this text after "inv.bg: ".
	const description = said === '' ? message : `${said}. ${message}`;
	throw new NodeApiError(
		{ id: '', name: 'inv.bg API', type: CREDENTIAL_TYPE, typeVersion: 1, position: [0, 0], parameters: {} },
		{ message, description },
		{ message, description, httpCode: String(answer.statusCode) },
	);
}
