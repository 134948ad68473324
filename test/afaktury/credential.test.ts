import { testCredential } from '../harness';
import { startRecorder } from '../sandbox/server';
import { documentBody, useAfaktury } from './context';

const af = useAfaktury();

jest.setTimeout(30_000);

describe('Afaktury credential test', () => {
	test('accepts the right token, sent as the afakturyToken header with a browser-like User-Agent', async () => {
		const result = await testCredential('afakturyApi', af.credentials().afakturyApi);
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const sent = af.sandbox.requests.at(-1);
		expect(sent?.path).toBe('/api/vat/list');
		expect(sent?.headers.afakturytoken).toBe(af.sandbox.token);
		expect(sent?.headers['user-agent']).toContain('Mozilla/');
	});

	test('accepts the account ID and key, sent as the afakturyId and afakturyKey headers and no token', async () => {
		const result = await testCredential('afakturyApi', af.credentials({ authentication: 'idAndKey', accountId: af.sandbox.accountId, apiKey: af.sandbox.key }).afakturyApi);
		const sent = af.sandbox.requests.at(-1);
		expect(result.status).toBe('OK');
		expect(sent?.headers.afakturyid).toBe(af.sandbox.accountId);
		expect(sent?.headers.afakturykey).toBe(af.sandbox.key);
		expect(sent?.headers.afakturytoken).toBeUndefined();
	});

	// A refused token is HTTP 200 with result:false; a block page or another site's answer has no envelope;
	// an address where nothing listens fails the request, and n8n words that.
	test('tells a refused token, a Cloudflare block or another site, and nothing listening apart', async () => {
		const wrongToken = await testCredential('afakturyApi', af.credentials({ token: 'x'.repeat(40) }).afakturyApi);
		const blocked = await testCredential('afakturyApi', af.credentials({ userAgent: 'curl/8.0' }).afakturyApi);
		const elsewhere = await startRecorder();
		const otherSite = await testCredential('afakturyApi', af.credentials({ baseUrl: `${elsewhere.baseUrl}/api` }).afakturyApi);
		await elsewhere.close();
		const nothingListening = await testCredential('afakturyApi', af.credentials({ baseUrl: 'http://127.0.0.1:9/api' }).afakturyApi);

		expect(wrongToken).toEqual({
			status: 'Error',
			message: 'Afaktury does not accept this token, or this account ID and key. Copy them again from afaktury.pl → Settings → API key.',
		});
		expect(blocked).toEqual({ status: 'Error', message: expect.stringMatching(/^The address answered, but not as the Afaktury API: a Cloudflare block page/) });
		expect(otherSite).toEqual(blocked);
		expect(nothingListening).toEqual({ status: 'Error', message: expect.stringMatching(/refused the connection/) });
	});
});

describe('Afaktury credential in a workflow', () => {
	test('the account ID and key authenticate the node\'s requests', async () => {
		const seeded = af.sandbox.addDocument('invoice', documentBody({ number: 'ID/1' }));
		const credentials = af.credentials({ authentication: 'idAndKey', accountId: af.sandbox.accountId, apiKey: af.sandbox.key, token: '' });
		const run = await af.run({ resource: 'document', operation: 'get', documentType: 'invoice', documentHash: { __rl: true, mode: 'id', value: seeded.hash } }, { credentials });
		expect(run.error).toBeUndefined();
		expect(run.items()[0].json).toMatchObject({ id: seeded.hash });
	});

	test('a refused token fails in the service\'s words, with what to do', async () => {
		const run = await af.run({ resource: 'product', operation: 'getMany', returnAll: true }, { credentials: af.credentials({ token: 'y'.repeat(40) }) });
		const error = run.error as (Error & { description?: string }) | undefined;
		expect(error?.message).toBe('Afaktury: Invalid authentication');
		expect(error?.description).toMatch(/Check the token, or the account ID and key, in the Afaktury credential/);
		expect(JSON.stringify(run.raw)).not.toContain(af.sandbox.token);
	});

	test('a User-Agent Cloudflare does not let through is told as an edge block, not as a credential problem', async () => {
		const run = await af.run({ resource: 'product', operation: 'getMany', returnAll: true }, { credentials: af.credentials({ userAgent: 'python-requests/2.31' }) });
		const error = run.error as (Error & { description?: string }) | undefined;
		expect(error?.message).toMatch(/^Afaktury: the request was blocked by the network edge in front of the service \(HTTP 403\)/);
		expect(error?.description).toMatch(/the credential was not checked/);
	});
});
