import { callListSearch, callLoadOptions } from '../harness';
import { invoiceFields, lastRequest, NODE_TYPE, useInvBg } from './context';

const inv = useInvBg({ today: '2026-02-10' });

jest.setTimeout(30_000);

const picker = (parameters = {}) => ({ type: NODE_TYPE, credentials: inv.credentials(), parameters: { apiVersion: 'v3', ...parameters } });

describe('inv.bg pickers', () => {
	beforeAll(() => {
		inv.sandbox.addInvoice(invoiceFields({ number: '0000000041', to_name: 'Алфа ООД', date_create: '2026-02-03' }));
		inv.sandbox.addInvoice(invoiceFields({ number: '0000000042', to_name: 'Бета ЕООД', date_create: '2026-02-04' }));
		inv.sandbox.addClient({ name: 'Гама АД', bulstat: '121000001' });
		inv.sandbox.addClient({ name: 'Делта ООД' });
		inv.sandbox.addItem({ name: 'Хостинг', price: 10, currency: 'EUR', price_for_quantity: 1, quantity_unit: 'мес.', catalog_number: 'H-1' });
	});

	test('the invoice list is one page of GET /invoices, searched by number and buyer', async () => {
		const all = await callListSearch('searchInvoices', picker());
		expect(all.results).toEqual([
			{ name: '0000000041 · Алфа ООД · 2026-02-03', value: expect.stringMatching(/^\d+$/) },
			{ name: '0000000042 · Бета ЕООД · 2026-02-04', value: expect.stringMatching(/^\d+$/) },
		]);
		expect(all.paginationToken).toBeUndefined();
		expect(lastRequest(inv.sandbox, 'GET', 'invoices').query).toEqual({ page: '1', per_page: '50' });
		const found = await callListSearch('searchInvoices', { ...picker(), filter: 'бета' });
		expect(found.results.map((entry) => entry.name)).toEqual(['0000000042 · Бета ЕООД · 2026-02-04']);
	});

	test('the client list is searched by name on inv.bg\'s side', async () => {
		const found = await callListSearch('searchClients', { ...picker(), filter: 'гама' });
		expect(lastRequest(inv.sandbox, 'GET', 'clients').query).toEqual({ name: 'гама', page: '1', per_page: '50' });
		expect(found.results).toEqual([{ name: 'Гама АД · 121000001', value: expect.stringMatching(/^\d+$/) }]);
	});

	test('Create\'s Existing Client picker offers the firm\'s clients, searched by name', async () => {
		const found = await callListSearch('searchClients', { ...picker({ resource: 'invoice', operation: 'create', buyerType: 'client' }), filter: 'делта' });
		expect(lastRequest(inv.sandbox, 'GET', 'clients').query).toEqual({ name: 'делта', page: '1', per_page: '50' });
		expect(found.results).toEqual([{ name: 'Делта ООД', value: expect.stringMatching(/^\d+$/) }]);
	});

	test('the item list names the catalogue number', async () => {
		const found = await callListSearch('searchItems', picker());
		expect(found.results).toEqual([{ name: 'Хостинг · H-1', value: expect.stringMatching(/^\d+$/) }]);
	});

	test('the bank account list offers the accounts in use, by bank, IBAN and currency', async () => {
		const found = await callListSearch('searchBankAccounts', picker());
		expect(found.results).toEqual([
			{ name: 'Банка ДСК · BG80BNBG96611020345678 · EUR', value: '1' },
			{ name: 'УниКредит Булбанк · BG18RZBB91550123456789 · BGN', value: '2' },
		]);
		expect(lastRequest(inv.sandbox, 'GET', 'bank/accounts').query).toEqual({ page: '1', per_page: '50' });
	});

	test('a second page is asked for while total says there are more', async () => {
		for (let index = 0; index < 55; index++) inv.sandbox.addClient({ name: `Клиент ${index}` });
		const first = await callListSearch('searchClients', picker());
		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toBe('2');
		const second = await callListSearch('searchClients', { ...picker(), paginationToken: String(first.paginationToken) });
		expect(lastRequest(inv.sandbox, 'GET', 'clients').query).toEqual({ page: '2', per_page: '50' });
		expect(second.paginationToken).toBeUndefined();
	});

	test('the without-VAT reasons come from the company\'s list, each standing for its text', async () => {
		const reasons = await callLoadOptions('getWithoutVatReasons', picker());
		expect(reasons).toEqual([
			{ name: 'чл. 113, ал. 9 от ЗДДС', value: 'чл. 113, ал. 9 от ЗДДС' },
			{ name: 'чл. 21, ал. 2 от ЗДДС', value: 'чл. 21, ал. 2 от ЗДДС' },
		]);
		expect(lastRequest(inv.sandbox, 'GET', 'invoices/without-vat-reasons').headers.authorization).toMatch(/^Bearer /);
	});
});
