import type { IDataObject } from 'n8n-workflow';

import { callListSearch } from '../harness';
import { lastRequest, NODE_TYPE, useBitFaktura } from './context';

const bf = useBitFaktura();

const dropdown = (credentials: Record<string, IDataObject> = bf.credentials()) => ({
	type: NODE_TYPE,
	credentials,
});

describe('BitFaktura searchable lists, through n8n-core\'s load-options context', () => {
	let kyivWarehouseId: number;

	beforeAll(() => {
		bf.sandbox.addClient({ name: 'Zorya LLC', tax_no: '1234567890' });
		bf.sandbox.addClient({ name: 'Dnipro Trade' });
		bf.sandbox.addProduct({ name: 'Consulting hour', code: 'CH-1', price_net: '100', tax: '20' });
		bf.sandbox.addProduct({ name: 'Delivery', price_net: '50', tax: '20' });
		kyivWarehouseId = bf.sandbox.addWarehouse({ name: 'Kyiv store' }).id;
		bf.sandbox.addWarehouse({ name: 'Lviv store' });
		bf.sandbox.addCategory({ name: 'Services' });
		bf.sandbox.addCategory({ name: 'Goods' });
	});

	test('client search asks the service to filter by name and labels entries with the tax ID', async () => {
		const result = await callListSearch('searchClients', { ...dropdown(), filter: 'Zorya' });
		const sent = lastRequest(bf.sandbox, 'GET', '/clients.json');
		expect(sent.query).toMatchObject({ name: 'Zorya', page: '1', per_page: '100', api_token: bf.sandbox.apiToken });
		expect(result.results).toEqual([{ name: 'Zorya LLC (1234567890)', value: expect.any(String), url: expect.any(String) }]);
		expect(result.paginationToken).toBeUndefined();
	});

	test('each entry links to the record in the account\'s web app', async () => {
		const result = await callListSearch('searchClients', { ...dropdown(), filter: 'Zorya' });
		const [entry] = result.results;
		expect(entry.url).toBe(`${bf.sandbox.baseUrl}/clients/${String(entry.value)}`);
	});

	test('product search filters locally and shows the product code', async () => {
		const all = await callListSearch('searchProducts', dropdown());
		expect(all.results.map((entry) => entry.name)).toEqual(['Consulting hour [CH-1]', 'Delivery']);
		const filtered = await callListSearch('searchProducts', { ...dropdown(), filter: 'deliv' });
		expect(filtered.results.map((entry) => entry.name)).toEqual(['Delivery']);
		expect(lastRequest(bf.sandbox, 'GET', '/products.json').query).not.toHaveProperty('name');
	});

	test('warehouse, category and department lists return the ids the locator stores', async () => {
		const warehouses = await callListSearch('searchWarehouses', dropdown());
		expect(warehouses.results).toContainEqual({
			name: 'Kyiv store',
			value: String(kyivWarehouseId),
			url: `${bf.sandbox.baseUrl}/warehouses/${kyivWarehouseId}`,
		});

		const categories = await callListSearch('searchCategories', { ...dropdown(), filter: 'serv' });
		expect(categories.results.map((entry) => entry.name)).toEqual(['Services']);

		const departments = await callListSearch('searchDepartments', dropdown());
		expect(departments.results.length).toBeGreaterThan(0);
		expect(departments.results.every((entry) => /^\d+$/.test(String(entry.value)))).toBe(true);
		expect(lastRequest(bf.sandbox, 'GET', '/departments.json').query).toMatchObject({ api_token: bf.sandbox.apiToken });
	});

	test('invoices are found by number or buyer, newest first, from every period', async () => {
		const old = bf.sandbox.addInvoice({ buyer_name: 'Kvitka LLC', issue_date: '2020-03-01', positions: [{ name: 'A', quantity: 1, total_price_gross: '10', tax: 20 }] });
		const recent = bf.sandbox.addInvoice({ buyer_name: 'Kvitka LLC', positions: [{ name: 'B', quantity: 1, total_price_gross: '24', tax: 20 }] });
		bf.sandbox.addInvoice({ buyer_name: 'Other buyer', positions: [{ name: 'C', quantity: 1, total_price_gross: '5', tax: 20 }] });

		const byBuyer = await callListSearch('searchInvoices', { ...dropdown(), filter: 'kvitka' });
		expect(lastRequest(bf.sandbox, 'GET', '/invoices.json').query).toMatchObject({ period: 'all', order: 'issue_date.desc', page: '1', per_page: '100' });
		expect(byBuyer.results.map((entry) => entry.value)).toEqual([String(recent.id), String(old.id)]);
		expect(byBuyer.results[0]).toEqual({
			name: `${recent.number} · Kvitka LLC · 24.00 UAH`,
			value: String(recent.id),
			url: `${bf.sandbox.baseUrl}/invoices/${recent.id}`,
		});

		const byNumber = await callListSearch('searchInvoices', { ...dropdown(), filter: old.number });
		expect(byNumber.results.map((entry) => entry.value)).toEqual([String(old.id)]);
	});

	test('payments and warehouse documents are listed with what tells them apart', async () => {
		const payment = bf.sandbox.addPayment({ name: 'Payment 001', price: '100.05', currency: 'UAH', paid_date: '2024-12-20' });
		const payments = await callListSearch('searchPayments', { ...dropdown(), filter: '001' });
		expect(payments.results).toEqual([
			{ name: 'Payment 001 · 100.05 UAH · 2024-12-20', value: String(payment.id), url: `${bf.sandbox.baseUrl}/banking/payments/${payment.id}` },
		]);

		const paper = bf.sandbox.addProduct({ name: 'Paper', price_net: '2', tax: '20' });
		const document = bf.sandbox.addWarehouseDocument({
			kind: 'pz',
			warehouse_id: kyivWarehouseId,
			client_name: 'Paper Mill',
			warehouse_actions: [{ product_id: paper.id, quantity: '5' }],
		});
		const documents = await callListSearch('searchWarehouseDocuments', { ...dropdown(), filter: 'mill' });
		expect(documents.results).toEqual([
			{ name: `PZ ${document.number} · Paper Mill`, value: String(document.id), url: `${bf.sandbox.baseUrl}/warehouse_documents/${document.id}` },
		]);
	});

	test('a full page hands the editor a token for the next page', async () => {
		for (let index = 0; index < 100; index++) bf.sandbox.addClient({ name: `Bulk client ${index}` });
		const first = await callListSearch('searchClients', { ...dropdown(), filter: 'Bulk' });
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('2');
		const second = await callListSearch('searchClients', { ...dropdown(), filter: 'Bulk', paginationToken: String(first.paginationToken) });
		expect(lastRequest(bf.sandbox, 'GET', '/clients.json').query).toMatchObject({ page: '2' });
		expect(second.results).toEqual([]);
		expect(second.paginationToken).toBeUndefined();
	});

	test('a wrong token makes the list fail with the service\'s message, never the token', async () => {
		const wrong = bf.credentials({ apiToken: 'wrong-token-123' });
		const failure = await callListSearch('searchCategories', dropdown(wrong)).then(
			() => undefined,
			(error: Error) => error,
		);
		expect(failure).toBeInstanceOf(Error);
		expect(failure?.message).toBe('BitFaktura: You must be logged in to gain access to the site');
		expect(JSON.stringify(failure)).not.toContain('wrong-token-123');
		expect(failure?.message).not.toContain('wrong-token-123');
	});
});
