import { testCredential } from '../harness';
import { useBitFaktura } from './context';

const bf = useBitFaktura();

describe('BitFaktura credential test', () => {
	test('accepts the right token at the right address', async () => {
		const result = await testCredential('bitFakturaApi', bf.credentials().bitFakturaApi);
		expect(result.status).toBe('OK');
		const request = bf.sandbox.requests[bf.sandbox.requests.length - 1];
		expect(request.path).toBe('/departments.json');
		expect(request.query.api_token).toBe(bf.sandbox.apiToken);
	});

	// n8n 2.8 answers a failed test request with the message of its own NodeApiError, so these are the
	// sentences a user sees there; the credential's responseCode rules word them better where n8n uses them.
	test('tells a wrong token apart from a wrong address', async () => {
		const wrongToken = await testCredential('bitFakturaApi', bf.credentials({ apiToken: 'not-the-token' }).bitFakturaApi);
		const notAnAccount = await testCredential('bitFakturaApi', bf.credentials({ account: `${bf.sandbox.baseUrl}/no-such-account` }).bitFakturaApi);
		const nothingListening = await testCredential('bitFakturaApi', bf.credentials({ account: 'http://127.0.0.1:9' }).bitFakturaApi);

		expect(wrongToken).toEqual({ status: 'Error', message: 'Authorization failed - please check your credentials' });
		expect(notAnAccount).toEqual({ status: 'Error', message: 'The resource you are requesting could not be found' });
		expect(nothingListening).toEqual({ status: 'Error', message: expect.stringMatching(/refused the connection/) });
	});
});
