import { testCredential } from '../harness';
import { lastRequest, useInfakt } from './context';

const inf = useInfakt();

jest.setTimeout(30_000);

/*
 * n8n 2.8's tester loses the failed answer (test/harness/test-credential.ts), so the credential's own words
 * for 401, 403 and 404 do not reach the editor there; what the harness gives for each case is asserted,
 * and that the four cases read differently.
 */
describe('inFakt credential test', () => {
	test('accepts the right key, sent as the X-inFakt-ApiKey header to GET /invoices.json?limit=1', async () => {
		const result = await testCredential('infaktApi', inf.credentials().infaktApi);
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const sent = lastRequest(inf.sandbox, 'GET', 'invoices.json');
		expect(sent.headers['x-infakt-apikey']).toBe(inf.sandbox.apiKey);
		expect(sent.query).toEqual({ limit: '1' });
	});

	test('a key with only the read scope passes: the test needs no more', async () => {
		expect(await testCredential('infaktApi', inf.credentials({ apiKey: inf.sandbox.readOnlyKey }).infaktApi)).toEqual({ status: 'OK', message: 'Connection successful!' });
	});

	test('a wrong key, a key without the scope, a wrong address and nothing listening read differently', async () => {
		const wrongKey = await testCredential('infaktApi', inf.credentials({ apiKey: 'not-a-key' }).infaktApi);
		const noScope = await testCredential('infaktApi', inf.credentials({ apiKey: inf.sandbox.noScopeKey }).infaktApi);
		const wrongAddress = await testCredential('infaktApi', inf.credentials({ baseUrl: `${inf.sandbox.origin}/nothing/here` }).infaktApi);
		const nothingListening = await testCredential('infaktApi', inf.credentials({ baseUrl: 'http://127.0.0.1:9/api/v3' }).infaktApi);

		expect(wrongKey).toEqual({ status: 'Error', message: expect.stringMatching(/^Authorization failed/) });
		expect(noScope).toEqual({ status: 'Error', message: expect.stringMatching(/^Forbidden/) });
		expect(wrongAddress).toEqual({ status: 'Error', message: expect.stringMatching(/could not be found/) });
		expect(nothingListening).toEqual({ status: 'Error', message: expect.stringMatching(/refused the connection/) });
		const messages = new Set([wrongKey, noScope, wrongAddress, nothingListening].map((result) => result.message));
		expect(messages.size).toBe(4);
	});

	test('the credential carries its own words for 401, 403 and 404, for an n8n whose tester keeps the answer', async () => {
		const { credentialTypes } = await import('../harness/load-package').then(async ({ loadPackage }) => await loadPackage());
		const rules = credentialTypes.getByName('infaktApi').test?.rules ?? [];
		const byStatus = Object.fromEntries(rules.map((rule) => [String((rule.properties as { value: unknown }).value), (rule.properties as { message: string }).message]));
		expect(byStatus['401']).toMatch(/does not accept this API key/);
		expect(byStatus['403']).toMatch(/lacks the scope api:invoices:read, or inFakt blocks this IP address/);
		expect(byStatus['404']).toMatch(/does not answer as the inFakt API/);
	});
});

describe('inFakt credential environments', () => {
	test('Production and inFakt Sandbox point the test at inFakt\'s own addresses', async () => {
		const { credentialTypes } = await import('../harness/load-package').then(async ({ loadPackage }) => await loadPackage());
		const baseURL = String(credentialTypes.getByName('infaktApi').test?.request.baseURL);
		expect(baseURL).toContain('https://api.infakt.pl/api/v3');
		expect(baseURL).toContain('https://api.sandbox-infakt.pl/api/v3');
	});

	test('the node\'s requests carry the key as a header, never in the address', async () => {
		await inf.json({ resource: 'bankAccount', operation: 'getMany', returnAll: true });
		const sent = lastRequest(inf.sandbox, 'GET', 'bank_accounts.json');
		expect(sent.headers['x-infakt-apikey']).toBe(inf.sandbox.apiKey);
		expect(JSON.stringify(sent.query)).not.toContain(inf.sandbox.apiKey);
	});
});
