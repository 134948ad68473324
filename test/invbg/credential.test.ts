import { testCredential } from '../harness';
import { startRecorder } from '../sandbox/server';
import { useInvBg, v1Credential } from './context';

const inv = useInvBg();

jest.setTimeout(30_000);

describe('inv.bg credential test', () => {
	test('accepts the right login: logs in, then reads a bank account with the fresh token', async () => {
		const before = inv.sandbox.requests.length;
		const result = await testCredential('invBgApi', inv.credentials().invBgApi);
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const sent = inv.sandbox.requests.slice(before);
		expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /v3/login/token', 'GET /v3/bank/accounts']);
		expect(sent[1].headers.authorization).toMatch(/^Bearer \S+$/);
		expect(sent[1].query).toEqual({ per_page: '1' });
	});

	test('tells a wrong password from a wrong company domain, in the credential\'s own words', async () => {
		const wrongPassword = await testCredential('invBgApi', inv.credentials({ password: 'not-the-password' }).invBgApi);
		const wrongDomain = await testCredential('invBgApi', inv.credentials({ domain: 'other-firm' }).invBgApi);
		expect(wrongPassword).toEqual({
			status: 'Error',
			message: 'inv.bg knows the company domain but refuses this e-mail and password. Check the password of this inv.bg user.',
		});
		expect(wrongDomain).toEqual({
			status: 'Error',
			message: 'inv.bg has no company with this domain. Enter the subdomain you log in at, e.g. mycompany for mycompany.inv.bg.',
		});
	});

	test('the XML API\'s test only proves the address answers: it issues nothing and sends no login', async () => {
		const elsewhere = await startRecorder();
		const result = await testCredential('invBgApi', { ...v1Credential(inv.sandbox), v1Url: `${elsewhere.baseUrl}/api` });
		await elsewhere.close();
		expect(result.status).toBe('OK');
		expect(elsewhere.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api']);
		expect(elsewhere.requests[0].rawBody.length).toBe(0);
		expect(JSON.stringify(elsewhere.requests[0].headers)).not.toContain(inv.sandbox.v1Login.password);
		const nothingListening = await testCredential('invBgApi', { ...v1Credential(inv.sandbox), v1Url: 'http://127.0.0.1:9/api' });
		expect(nothingListening).toEqual({ status: 'Error', message: expect.stringMatching(/refused the connection/) });
	});
});
