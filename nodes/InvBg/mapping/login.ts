import type { IDataObject } from 'n8n-workflow';

/** POST /login/token (third-party tests against the real API, docs/services/invbg.md, "Authentication"). */
export const LOGIN_PATH = '/login/token';

export function loginBody(login: { email: string; password: string; domain: string }): IDataObject {
	return { email: login.email, password: login.password, domain: login.domain };
}

/** The token of a successful login, or undefined. */
export function tokenOf(body: unknown): string | undefined {
	const token = (body as IDataObject | undefined)?.token;
	return typeof token === 'string' && token !== '' ? token : undefined;
}

/** The login's refusal as the service words it (`{"error":"Firm not found"}`), or ''. */
export function refusalOf(body: unknown): string {
	const error = (body as IDataObject | undefined)?.error;
	return typeof error === 'string' ? error : '';
}
