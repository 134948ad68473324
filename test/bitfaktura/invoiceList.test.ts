import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { useBitFaktura } from './context';

const bf = useBitFaktura();

async function issue(count: number, additionalFields: INodeParameters = {}, buyerName = 'Buyer'): Promise<IDataObject[]> {
	return await bf.json(
		{
			resource: 'invoice',
			operation: 'create',
			buyerName: '={{ $json.buyer }}',
			lineItems: { item: [{ name: 'Item', quantity: '1', unitNetPrice: '10', vatRate: '20' }] },
			additionalFields,
			simplify: false,
		},
		{ input: Array.from({ length: count }, (_, index) => ({ buyer: `${buyerName} ${index + 1}` })) },
	);
}

function listRequests(from: number) {
	return bf.sandbox.requests.slice(from).filter((request) => request.method === 'GET' && request.path === '/invoices.json');
}

describe('BitFaktura invoice lists', () => {
	beforeAll(async () => {
		await issue(205);
	});

	test('Return All walks every page of 100 until a short page', async () => {
		const before = bf.sandbox.requests.length;
		const invoices = await bf.json({ resource: 'invoice', operation: 'getMany', returnAll: true, filters: { period: 'all' }, simplify: false });
		expect(invoices.length).toBeGreaterThanOrEqual(205);
		const pages = listRequests(before).map((request) => [request.query.page, request.query.per_page]);
		expect(pages).toEqual([
			['1', '100'],
			['2', '100'],
			['3', '100'],
		]);
	});

	test('Limit asks for no more than it needs and stops early', async () => {
		const before = bf.sandbox.requests.length;
		const invoices = await bf.json({ resource: 'invoice', operation: 'getMany', returnAll: false, limit: 7, filters: { period: 'all' } });
		expect(invoices).toHaveLength(7);
		const pages = listRequests(before).map((request) => [request.query.page, request.query.per_page]);
		expect(pages).toEqual([['1', '7']]);
	});

	test('Each input item gets its own list, paired with it', async () => {
		const run = await bf.run(
			{ resource: 'invoice', operation: 'getMany', limit: 2, filters: { period: 'all' } },
			{ input: [{ a: 1 }, { a: 2 }] },
		);
		expect(run.items().map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }, { item: 1 }]);
	});

	test('Filters reach the wire under the documented names', async () => {
		const before = bf.sandbox.requests.length;
		await bf.json({
			resource: 'invoice',
			operation: 'getMany',
			limit: 5,
			filters: {
				clientId: { __rl: true, mode: 'list', value: '12' },
				orderId: 'nr_zam',
				number: '1/12/2024',
				invoiceId: { __rl: true, mode: 'id', value: '3' },
				fromInvoiceId: { __rl: true, mode: 'url', value: `${bf.sandbox.baseUrl}/invoices/4` },
				kinds: ['vat', 'proforma'],
				income: 'no',
				includePositions: true,
				order: 'issue_date',
				descending: true,
				dateType: 'paid_date',
			},
		});
		const [request] = listRequests(before);
		expect(request.query).toMatchObject({
			client_id: '12',
			oid: 'nr_zam',
			number: '1/12/2024',
			invoice_id: '3',
			from_invoice_id: '4',
			'kinds[]': ['vat', 'proforma'],
			income: 'no',
			include_positions: 'true',
			order: 'issue_date.desc',
			search_date_type: 'paid_date',
			api_token: bf.sandbox.apiToken,
		});
	});

	test('A custom date range is sent with period=more, which the service needs to honour it', async () => {
		await issue(1, { issueDate: '2023-03-10' }, 'March buyer');
		const before = bf.sandbox.requests.length;
		const invoices = await bf.json({
			resource: 'invoice',
			operation: 'getMany',
			returnAll: true,
			filters: { dateFrom: '2023-03-01', dateTo: '2023-03-31' },
			simplify: true,
		});
		expect(listRequests(before)[0].query).toMatchObject({ period: 'more', date_from: '2023-03-01', date_to: '2023-03-31' });
		expect(invoices.map((invoice) => (invoice.buyer as IDataObject).name)).toEqual(['March buyer 1']);
	});

	test('Orders of a shop are found by their order ID', async () => {
		await issue(1, { orderId: 'shop-42' }, 'Shop buyer');
		const invoices = await bf.json({ resource: 'invoice', operation: 'getMany', returnAll: true, filters: { period: 'all', orderId: 'shop-42' }, simplify: false });
		expect(invoices.map((invoice) => invoice.oid)).toEqual(['shop-42']);
	});

	test('Line items come with the list only when asked for', async () => {
		const [without] = await bf.json({ resource: 'invoice', operation: 'getMany', limit: 1, filters: { period: 'all' }, simplify: false });
		const [withPositions] = await bf.json({
			resource: 'invoice',
			operation: 'getMany',
			limit: 1,
			filters: { period: 'all', includePositions: true },
			simplify: false,
		});
		expect(without.positions).toBeUndefined();
		expect(withPositions.positions).toEqual(expect.any(Array));
	});

	test('A date range with another period is refused before anything is sent', async () => {
		const run = await bf.refusedBeforeSending({ resource: 'invoice', operation: 'getMany', filters: { period: 'this_month', dateFrom: '2024-01-01' } });
		expect(run.error?.message).toBe('Date From and Date To need the period Custom Range');
	});
});

describe('BitFaktura unpaid invoices', () => {
	test('Unpaid Only keeps paging past pages with nothing unpaid until the limit is met', async () => {
		const [paidOne, open] = await issue(2, { issueDate: '2022-06-01' }, 'Unpaid test');
		await bf.json({ resource: 'invoice', operation: 'changeStatus', invoiceId: { __rl: true, mode: 'id', value: String(paidOne.id) }, status: 'paid' });
		const invoices = await bf.json({
			resource: 'invoice',
			operation: 'getMany',
			limit: 1,
			filters: { dateFrom: '2022-06-01', dateTo: '2022-06-01', unpaidOnly: true },
			simplify: false,
		});
		expect(invoices.map((invoice) => invoice.id)).toEqual([open.id]);
	});
});
