import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { runNode } from '../harness';
import { NODE_TYPE, useBitFaktura } from './context';

const bf = useBitFaktura();

const WRONG_TOKEN = 'wrong-token-5f3c9a';

function everythingSaidAbout(run: { error?: Error; raw: unknown }): string {
	const error = run.error as (Error & { description?: string; cause?: unknown; context?: unknown }) | undefined;
	return JSON.stringify({
		message: error?.message,
		description: error?.description,
		context: error?.context,
		stack: error?.stack,
		run: run.raw,
	});
}

describe('BitFaktura errors', () => {
	test('A wrong API token says so, and the token appears nowhere in the error or the run', async () => {
		const run = await runNode({
			type: NODE_TYPE,
			parameters: { resource: 'invoice', operation: 'get', invoiceId: { __rl: true, mode: 'id', value: '1' } },
			credentials: bf.credentials({ apiToken: WRONG_TOKEN }),
		});
		expect(run.error).toBeInstanceOf(NodeApiError);
		expect(run.error?.message).toBe('BitFaktura: You must be logged in to gain access to the site');
		expect((run.error as NodeApiError).description).toContain('API token');
		expect((run.error as NodeApiError).httpCode).toBe('401');
		expect(everythingSaidAbout(run)).not.toContain(WRONG_TOKEN);
	});

	test('A wrong token on a write is also kept out of everything n8n stores', async () => {
		const run = await runNode({
			type: NODE_TYPE,
			parameters: { resource: 'category', operation: 'create', name: 'Books' },
			credentials: bf.credentials({ apiToken: WRONG_TOKEN }),
			continueOnFail: true,
		});
		const [item] = run.items();
		expect(item.json.error).toBe('BitFaktura: You must be logged in to gain access to the site');
		expect(everythingSaidAbout(run)).not.toContain(WRONG_TOKEN);
	});

	test('An address where nothing answers names the address without the token', async () => {
		const run = await runNode({
			type: NODE_TYPE,
			parameters: { resource: 'client', operation: 'getMany', limit: 1 },
			credentials: bf.credentials({ account: 'http://127.0.0.1:9' }),
		});
		expect(run.error).toBeInstanceOf(NodeApiError);
		expect(run.error?.message).toBe('BitFaktura: could not reach http://127.0.0.1:9 (connection refused)');
		expect(everythingSaidAbout(run)).not.toContain(bf.sandbox.apiToken);
	});

	test('An unknown ID is a 404 with the service message and a hint to check the ID', async () => {
		const run = await bf.run({ resource: 'client', operation: 'get', clientId: { __rl: true, mode: 'id', value: '999999' } });
		expect(run.error).toBeInstanceOf(NodeApiError);
		expect(run.error?.message).toBe('BitFaktura: Not Found');
		expect((run.error as NodeApiError).httpCode).toBe('404');
		expect((run.error as NodeApiError).description).toContain('Check the ID');
	});

	test('A refused record names each field the service refused, in plain words', async () => {
		const run = await bf.run({
			resource: 'warehouseDocument',
			operation: 'create',
			kind: 'pz',
			warehouseId: { __rl: true, mode: 'id', value: '424242' },
			actions: { action: [{ productName: 'Paper', quantity: '1' }] },
		});
		expect(run.error).toBeInstanceOf(NodeApiError);
		expect((run.error as NodeApiError).httpCode).toBe('422');
		expect(run.error?.message).toMatch(/^BitFaktura: Warehouse /);
	});

	test('A missing required field is named before any request is sent', async () => {
		const run = await bf.refusedBeforeSending(
			{
				resource: 'invoice',
				operation: 'create',
				buyerName: '={{ $json.customer }}',
				lineItems: { item: [{ name: 'A', quantity: '1', unitNetPrice: '1' }] },
			},
			{ input: [{ customer: '' }] },
		);
		expect(run.error).toBeInstanceOf(NodeOperationError);
		expect(run.error?.message).toBe('Buyer Name is required');
	});

	test('A malformed amount is named with its line before any request is sent', async () => {
		const run = await bf.refusedBeforeSending({
			resource: 'invoice',
			operation: 'create',
			buyerName: 'Acme',
			lineItems: { item: [{ name: 'A', quantity: '1', unitNetPrice: '1' }, { name: 'B', quantity: 'two', unitNetPrice: '1' }] },
		});
		expect(run.error).toBeInstanceOf(NodeOperationError);
		expect(run.error?.message).toContain('Line item 2: Quantity');
	});

	test('A malformed date is named before any request is sent', async () => {
		const run = await bf.refusedBeforeSending({
			resource: 'invoice',
			operation: 'create',
			buyerName: 'Acme',
			lineItems: { item: [{ name: 'A', quantity: '1', unitNetPrice: '1' }] },
			additionalFields: { issueDate: '31.12.2024' },
		});
		expect(run.error).toBeInstanceOf(NodeOperationError);
		expect(run.error?.message).toContain('Issue Date');
	});

	test('With Continue on error, each failed item becomes an error item paired with its input', async () => {
		const run = await bf.run(
			{ resource: 'category', operation: 'create', name: '={{ $json.name }}' },
			{ input: [{ name: 'Books' }, { name: '' }, { name: 'Music' }], continueOnFail: true },
		);
		expect(run.error).toBeUndefined();
		const items = run.items();
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items[0].json.name).toBe('Books');
		expect(items[1].json).toMatchObject({ error: 'Name is required', itemIndex: 1 });
		expect(items[2].json.name).toBe('Music');
	});

	test('Without Continue, a failed create stops the batch there: nothing after it is sent', async () => {
		const before = bf.sandbox.requests.length;
		const run = await bf.run(
			{ resource: 'category', operation: 'create', name: '={{ $json.name }}' },
			{ input: [{ name: 'Maps' }, { name: '' }, { name: 'Films' }] },
		);
		expect(run.error).toBeInstanceOf(NodeOperationError);
		expect((run.error as NodeOperationError).context.itemIndex).toBe(1);
		const creates = bf.sandbox.requests.slice(before).filter((request) => request.method === 'POST');
		expect(creates.map((request) => (request.body as { category: { name: string } }).category.name)).toEqual(['Maps']);
	});
});
