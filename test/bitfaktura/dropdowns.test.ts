import type { IDataObject } from 'n8n-workflow';

import { callListSearch, callLoadOptions } from '../harness';
import { lastRequest, NODE_TYPE, useBitFaktura } from './context';

const bf = useBitFaktura();

const dropdown = (credentials: Record<string, IDataObject> = bf.credentials()) => ({
	type: NODE_TYPE,
	credentials,
});

describe('BitFaktura dropdowns, through n8n-core\'s load-options context', () => {
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
		expect(result.results).toEqual([{ name: 'Zorya LLC (1234567890)', value: expect.any(String) }]);
		expect(result.paginationToken).toBeUndefined();
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
		expect(warehouses.results).toContainEqual({ name: 'Kyiv store', value: String(kyivWarehouseId) });

		const categories = await callListSearch('searchCategories', { ...dropdown(), filter: 'serv' });
		expect(categories.results.map((entry) => entry.name)).toEqual(['Services']);

		const departments = await callListSearch('searchDepartments', dropdown());
		expect(departments.results.length).toBeGreaterThan(0);
		expect(departments.results.every((entry) => /^\d+$/.test(String(entry.value)))).toBe(true);
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

	test('loadOptions dropdowns list the account\'s categories and warehouses sorted by name', async () => {
		expect((await callLoadOptions('getCategories', dropdown())).map((option) => option.name)).toEqual(['Goods', 'Services']);
		const warehouses = await callLoadOptions('getWarehouses', dropdown());
		expect(warehouses.map((option) => option.name)).toEqual(
			[...warehouses.map((option) => option.name)].sort((a, b) => a.localeCompare(b)),
		);
		expect(warehouses.map((option) => option.name)).toEqual(expect.arrayContaining(['Kyiv store', 'Lviv store']));
		const departments = await callLoadOptions('getDepartments', dropdown());
		expect(departments.length).toBeGreaterThan(0);
		expect(lastRequest(bf.sandbox, 'GET', '/departments.json').query).toMatchObject({ api_token: bf.sandbox.apiToken });
	});

	test('a wrong token makes the dropdown fail with the service\'s message, never the token', async () => {
		const wrong = bf.credentials({ apiToken: 'wrong-token-123' });
		const failure = await callLoadOptions('getCategories', dropdown(wrong)).then(
			() => undefined,
			(error: Error) => error,
		);
		expect(failure).toBeInstanceOf(Error);
		expect(failure?.message).toBe('BitFaktura: You must be logged in to gain access to the site');
		expect(JSON.stringify(failure)).not.toContain('wrong-token-123');
		expect(failure?.message).not.toContain('wrong-token-123');
	});
});
