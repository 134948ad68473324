import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { runNode, testCredential } from '../harness';
import { startIfirmaSandbox } from '../sandbox/ifirma';
import { sendJson, startServer } from '../sandbox/server';
import { createInvoice, line, NODE_TYPE, TODAY, useIfirma } from './context';

const ifirma = useIfirma();

const WRONG_KEY = '00112233445566778899AABB';

function everythingSaidAbout(run: { error?: Error; raw: unknown }): string {
	const error = run.error as (Error & { description?: string; context?: unknown }) | undefined;
	return JSON.stringify({ message: error?.message, description: error?.description, context: error?.context, stack: error?.stack, run: run.raw });
}

describe('iFirma errors', () => {
	test('a wrong key is the service’s 403 code, with a hint naming the key; the key is never shown', async () => {
		const run = await ifirma.run({ resource: 'client', operation: 'get', contractorId: 'X' }, { credentials: ifirma.credentials({ invoiceKey: WRONG_KEY }) });
		expect(run.error).toBeInstanceOf(NodeApiError);
		expect(run.error?.message).toMatch(/^iFirma: /);
		expect((run.error as NodeApiError).description).toContain('Check the "faktura" key');
		expect(everythingSaidAbout(run)).not.toContain(WRONG_KEY);
		expect(everythingSaidAbout(run)).not.toContain(ifirma.sandbox.keys.faktura);
	});

	test('a signature the service echoes back, without its header name, is masked like a key', async () => {
		// The signature carries no nonce: shown anywhere, it would let anyone repeat the signed request.
		let echoed = '';
		const echoing = await startServer((request, res) => {
			echoed = /hmac-sha1=([0-9a-f]+)/.exec(request.headers.authentication ?? '')?.[1] ?? '';
			sendJson(res, 200, { response: { Kod: 403, Informacja: `Podpis ${echoed} nie pasuje do klucza` } });
		});
		try {
			const run = await runNode({
				type: NODE_TYPE,
				parameters: { resource: 'client', operation: 'get', contractorId: 'X' },
				credentials: { iFirmaApi: { login: 'jan', invoiceKey: WRONG_KEY, useCustomAddress: true, baseUrl: `${echoing.baseUrl}/iapi` } },
			});
			expect(echoed).toMatch(/^[0-9a-f]{40}$/);
			expect(run.error?.message).toBe('iFirma: Podpis *** nie pasuje do klucza');
			expect(everythingSaidAbout(run)).not.toContain(echoed);
		} finally {
			await echoing.close();
		}
	});

	test('an unknown login is told apart from a wrong key', async () => {
		const run = await ifirma.run({ resource: 'account', operation: 'getApiLimit' }, { credentials: ifirma.credentials({ login: 'nobody@example.com' }) });
		expect((run.error as NodeApiError).description).toContain('Check the login');
	});

	test('a refusal answered with an HTTP error status reads the same envelope', async () => {
		const strict = await startIfirmaSandbox({ today: TODAY, authFailureStatus: 403 });
		try {
			const run = await runNode({
				type: NODE_TYPE,
				parameters: { resource: 'account', operation: 'getApiLimit' },
				credentials: { iFirmaApi: { login: strict.login, invoiceKey: strict.keys.faktura, subscriberKey: WRONG_KEY, useCustomAddress: true, baseUrl: strict.baseUrl } },
			});
			expect(run.error).toBeInstanceOf(NodeApiError);
			expect((run.error as NodeApiError).httpCode).toBe('403');
			expect((run.error as NodeApiError).description).toContain('Check the "abonent" key');
		} finally {
			await strict.close();
		}
	});

	test('an issued invoice whose read-back fails is reported on the item, not as a failure that invites issuing it again', async () => {
		// The account's limit allows exactly the issuing request; the read-back that follows is refused.
		const limited = await startIfirmaSandbox({ today: TODAY, limitGranted: 1 });
		try {
			const run = await runNode({
				type: NODE_TYPE,
				parameters: createInvoice([line({ name: 'Towar', unitNetPrice: '10' })]),
				credentials: { iFirmaApi: { login: limited.login, invoiceKey: limited.keys.faktura, useCustomAddress: true, baseUrl: limited.baseUrl } },
			});
			expect(run.error).toBeUndefined();
			const [item] = run.items();
			const [issued] = [...limited.store.documents.values()];
			expect(item.json).toEqual({ Identyfikator: issued.id, readBackError: expect.stringMatching(/^iFirma: /) });
			// The refused read is retried as reads are; the invoice is never sent again.
			const [issuing, ...readBacks] = limited.requests.map((request) => request.method);
			expect(issuing).toBe('POST');
			expect(readBacks.length).toBeGreaterThan(1);
			expect(new Set(readBacks)).toEqual(new Set(['GET']));
		} finally {
			await limited.close();
		}
	}, 30_000);

	test('a validation refusal (Kod 201) carries the service’s words and names the item; continueOnFail keeps going', async () => {
		const run = await ifirma.run(createInvoice([line({ name: 'Towar', unitNetPrice: '10' })], { additionalFields: { issueDate: '2001-01-01' } }), {
			input: [{ order: 1 }, { order: 2 }],
			continueOnFail: true,
		});
		const items = run.items();
		expect(items).toHaveLength(2);
		items.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(String(item.json.error)).toMatch(/^iFirma: /);
			expect(item.json.itemIndex).toBe(index);
		});
	});

	test('a failed create stops the batch before the next item is sent', async () => {
		const before = ifirma.sandbox.requests.length;
		const run = await ifirma.run(createInvoice([line({ name: 'Towar', unitNetPrice: '10' })], { additionalFields: { issueDate: '2001-01-01' } }), {
			input: [{ order: 1 }, { order: 2 }],
		});
		expect(run.error).toBeInstanceOf(NodeApiError);
		expect(ifirma.sandbox.requests.slice(before).filter((request) => request.method === 'POST')).toHaveLength(1);
	});

	test.each([
		['a rate ifirma has no code for', [line({ name: 'A', unitNetPrice: '1', vatRate: 'np' })], 'Line item 1: '],
		['a missing unit', [{ name: 'A', quantity: '1', unitNetPrice: '1', vatRate: '23' }], 'Line item 1: Unit is required by ifirma (for example szt.)'],
		['a gross price on a net invoice', [line({ name: 'A', unitGrossPrice: '1' })], 'Line item 1: Unit Gross Price does not apply when prices are net; set Unit Net Price instead'],
		['a price that is not a number', [line({ name: 'A', unitNetPrice: 'ten' })], 'Line item 1: Unit Net Price must be'],
		['no line at all', [], 'At least one line item is required'],
	])('%s is refused before sending', async (_case, items, message) => {
		const run = await ifirma.refusedBeforeSending(createInvoice(items));
		expect(run.error).toBeInstanceOf(NodeOperationError);
		expect(run.error?.message.startsWith(message)).toBe(true);
	});

	test('an empty buyer name given by expression is named before sending', async () => {
		const run = await ifirma.refusedBeforeSending(createInvoice([line({ name: 'A', unitNetPrice: '1' })], { buyerName: '={{ $json.missing }}' }));
		expect(run.error?.message).toBe('Buyer Name is required');
	});

	test('a key that is not hex is refused before sending', async () => {
		const run = await ifirma.refusedBeforeSending({ resource: 'client', operation: 'get', contractorId: 'X' }, { credentials: ifirma.credentials({ invoiceKey: 'my-secret-key' }) });
		expect(run.error?.message).toBe('The "faktura" key in the iFirma credential is not a hex string');
		expect(everythingSaidAbout(run)).not.toContain('my-secret-key');
	});

	test('an address where nothing answers is named in words', async () => {
		const run = await ifirma.run({ resource: 'account', operation: 'getApiLimit' }, { credentials: ifirma.credentials({ baseUrl: 'http://127.0.0.1:9/iapi' }) });
		expect(run.error?.message).toBe('iFirma: could not reach http://127.0.0.1:9/iapi (connection refused)');
	});
});

describe('iFirma credential test', () => {
	const data = (overrides: object = {}) => ({ ...ifirma.credentials().iFirmaApi, ...overrides });

	test('the right login and key pass', async () => {
		expect(await testCredential('iFirmaApi', data())).toEqual({ status: 'OK', message: 'Connection successful!' });
	});

	test('a wrong key is told apart from a wrong login', async () => {
		const wrongKey = await testCredential('iFirmaApi', data({ invoiceKey: WRONG_KEY }));
		const wrongLogin = await testCredential('iFirmaApi', data({ login: 'nobody@example.com' }));
		expect(wrongKey).toEqual({ status: 'Error', message: expect.stringContaining('the "faktura" key is wrong') });
		expect(wrongLogin).toEqual({ status: 'Error', message: expect.stringContaining('does not know this login') });
	});

	test('a wrong address fails before any signature is checked', async () => {
		const result = await testCredential('iFirmaApi', data({ baseUrl: `${ifirma.sandbox.baseUrl.replace(/\/iapi$/, '')}/wrong` }));
		expect(result.status).toBe('Error');
		expect(result.message).toBe('The resource you are requesting could not be found');
	});
});
