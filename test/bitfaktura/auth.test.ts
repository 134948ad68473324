import type { IHttpRequestOptions } from 'n8n-workflow';

import { BitFakturaApi } from '../../credentials/BitFakturaApi.credentials';
import { accountBaseUrl, partnerBaseUrl } from '../../nodes/BitFaktura/auth';
import { bitFaktura, bitFakturaPartner } from '../../nodes/BitFaktura/transport';

const credential = new BitFakturaApi();

const TOKENS = { apiToken: 'account-token', integrationToken: 'partner-token' };

async function authenticated(account: string, request: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	return await credential.authenticate({ account, ...TOKENS }, request);
}

describe('BitFaktura addresses', () => {
	test.each([
		['mycompany', 'https://mycompany.bitfaktura.com.ua', 'https://app.bitfaktura.com.ua'],
		['mycompany.fakturownia.pl', 'https://mycompany.fakturownia.pl', 'https://app.fakturownia.pl'],
		['https://mycompany.invoiceocean.com/', 'https://mycompany.invoiceocean.com', 'https://app.invoiceocean.com'],
		['https://firma.vosfactures.fr', 'https://firma.vosfactures.fr', 'https://app.vosfactures.fr'],
		['http://127.0.0.1:8080', 'http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
		['https://invoices.example.com/bf', 'https://invoices.example.com/bf', 'https://invoices.example.com/bf'],
	])('%s: the account at %s, partner calls at %s', (account, accountUrl, partnerUrl) => {
		expect(accountBaseUrl(account)).toBe(accountUrl);
		expect(partnerBaseUrl(account)).toBe(partnerUrl);
		expect(bitFaktura.baseUrl({ account })).toBe(accountUrl);
		expect(bitFakturaPartner.baseUrl({ account })).toBe(partnerUrl);
	});
});

describe('BitFaktura credential: which token goes where', () => {
	test('a read at the account\'s address carries the API token in the query', async () => {
		const request = await authenticated('mycompany', { method: 'GET', baseURL: 'https://mycompany.bitfaktura.com.ua', url: '/invoices.json', qs: { page: 1 } });
		expect(request.qs).toEqual({ page: 1, api_token: 'account-token' });
		expect(request.body).toBeUndefined();
	});

	test('a JSON write carries it beside the record in the body', async () => {
		const request = await authenticated('mycompany', { method: 'POST', baseURL: 'https://mycompany.bitfaktura.com.ua', url: '/clients.json', body: { client: { name: 'A' } } });
		expect(request.body).toEqual({ client: { name: 'A' }, api_token: 'account-token' });
		expect(request.qs).toBeUndefined();
	});

	test('log in and user creation at the app address carry the integration token alone', async () => {
		for (const url of ['/login.json', '/users.json']) {
			const request = await authenticated('mycompany', { method: 'POST', baseURL: 'https://app.bitfaktura.com.ua', url, body: { login: 'a' } });
			expect(request.body).toEqual({ login: 'a', integration_token: 'partner-token' });
			expect(request.qs).toBeUndefined();
		}
	});

	test('account creation at the app address carries both tokens, as the API page shows', async () => {
		const request = await authenticated('mycompany', { method: 'POST', baseURL: 'https://app.bitfaktura.com.ua', url: '/account.json', body: { account: { prefix: 'p' } } });
		expect(request.body).toEqual({ account: { prefix: 'p' }, api_token: 'account-token', integration_token: 'partner-token' });
	});

	test('reading the account at its own address carries both tokens in the query', async () => {
		const request = await authenticated('mycompany', { method: 'GET', baseURL: 'https://mycompany.bitfaktura.com.ua', url: '/account.json' });
		expect(request.qs).toEqual({ api_token: 'account-token', integration_token: 'partner-token' });
	});

	test('no token travels to any other host, nor an account call to the app address', async () => {
		const elsewhere: IHttpRequestOptions[] = [
			{ method: 'GET', baseURL: 'https://evil.example', url: '/invoices.json' },
			{ method: 'GET', baseURL: 'https://mycompany.bitfaktura.com.ua', url: 'https://evil.example/invoices.json' },
			{ method: 'POST', baseURL: 'https://othercompany.bitfaktura.com.ua', url: '/invoices.json', body: { invoice: {} } },
			{ method: 'GET', baseURL: 'https://app.bitfaktura.com.ua', url: '/invoices.json' },
			{ method: 'POST', baseURL: 'https://app.fakturownia.pl', url: '/login.json', body: {} },
		];
		for (const request of elsewhere) {
			expect(await authenticated('mycompany', request)).toEqual(request);
		}
	});

	test('a token left empty is not sent at all', async () => {
		const request = await credential.authenticate(
			{ account: 'mycompany', apiToken: 'account-token', integrationToken: '' },
			{ method: 'GET', baseURL: 'https://mycompany.bitfaktura.com.ua', url: '/account.json' },
		);
		expect(request.qs).toEqual({ api_token: 'account-token' });
	});
});
