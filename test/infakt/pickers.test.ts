import type { IDataObject } from 'n8n-workflow';

import { callListSearch, callLoadOptions } from '../harness';
import { invoiceFields, lastRequest, NODE_TYPE, useInfakt } from './context';

const inf = useInfakt();

jest.setTimeout(30_000);

const picker = (parameters: IDataObject = {}) => ({ type: NODE_TYPE, credentials: inf.credentials(), parameters: { resource: 'invoice', operation: 'get', ...parameters } });

describe('inFakt lists in the editor', () => {
	test('invoices From List: newest first, labelled with number, buyer and date, searched in those labels', async () => {
		const older = inf.sandbox.addInvoice(invoiceFields({ invoice_date: '2026-01-02', client_company_name: 'Alfa Sp. z o.o.' }));
		const newer = inf.sandbox.addInvoice(invoiceFields({ invoice_date: '2026-01-19', client_company_name: 'Beta S.A.' }));
		const all = await callListSearch('searchInvoices', picker());
		expect(lastRequest(inf.sandbox, 'GET', 'invoices.json').query).toEqual({ order: 'invoice_date desc', offset: '0', limit: '100' });
		expect(all.results).toEqual([
			{ name: `${newer.number} · Beta S.A. · 2026-01-19`, value: newer.uuid },
			{ name: `${older.number} · Alfa Sp. z o.o. · 2026-01-02`, value: older.uuid },
		]);
		expect(all.paginationToken).toBeUndefined();
		const found = await callListSearch('searchInvoices', { ...picker(), filter: 'alfa' });
		expect(found.results.map((entry) => entry.value)).toEqual([older.uuid]);
	});

	test('clients From List are searched by inFakt with q[company_name_cont]', async () => {
		const client = inf.sandbox.addClient({ company_name: 'Gamma Handel', nip: '5213000000', country: 'PL' });
		inf.sandbox.addClient({ company_name: 'Delta', country: 'PL' });
		const result = await callListSearch('searchClients', { ...picker({ resource: 'client' }), filter: 'Gamma' });
		expect(lastRequest(inf.sandbox, 'GET', 'clients.json').query).toEqual({ 'q[company_name_cont]': 'Gamma', offset: '0', limit: '100' });
		expect(result.results).toEqual([{ name: 'Gamma Handel (NIP 5213000000)', value: String(client.id) }]);
	});

	test('products From List are searched by inFakt with q[name_cont] and show the net price', async () => {
		const product = inf.sandbox.addProduct({ name: 'Audyt', unit_net_price: 120050, tax_symbol: '23' });
		const result = await callListSearch('searchProducts', { ...picker({ resource: 'product' }), filter: 'aud' });
		expect(lastRequest(inf.sandbox, 'GET', 'products.json').query).toEqual({ 'q[name_cont]': 'aud', offset: '0', limit: '100' });
		expect(result.results).toEqual([{ name: 'Audyt (1200.50 net)', value: String(product.id) }]);
	});

	test('bank accounts From List show their name, number and currency', async () => {
		const result = await callListSearch('searchBankAccounts', picker({ operation: 'create' }));
		expect(result.results).toEqual([
			{ name: 'Konto główne · PL61109010140000071219812874 (PLN)', value: '71' },
			{ name: 'Konto walutowe EUR · PL27114020040000300201355387 (EUR)', value: '72' },
		]);
	});

	test('a list longer than a page hands back the next offset, and the next page is asked from it', async () => {
		for (let index = 0; index < 105; index++) inf.sandbox.addProduct({ name: `Seria ${index}`, unit_net_price: 100, tax_symbol: '23' });
		const first = await callListSearch('searchProducts', { ...picker({ resource: 'product' }), filter: 'Seria' });
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('100');
		const second = await callListSearch('searchProducts', { ...picker({ resource: 'product' }), filter: 'Seria', paginationToken: String(first.paginationToken) });
		expect(lastRequest(inf.sandbox, 'GET', 'products.json').query).toEqual({ 'q[name_cont]': 'Seria', offset: '100', limit: '100' });
		expect(second.results).toHaveLength(5);
		expect(second.paginationToken).toBeUndefined();
	});

	test('the VAT Rate dropdown is filled from /vat_rates.json, each rate standing for its code', async () => {
		const options = await callLoadOptions('getVatRates', picker({ operation: 'create' }));
		expect(lastRequest(inf.sandbox, 'GET', 'vat_rates.json')).toBeDefined();
		expect(options).toEqual([
			{ name: '23%', value: '23' },
			{ name: '8%', value: '8' },
			{ name: '5%', value: '5' },
			{ name: '0%', value: '0' },
			{ name: 'zw', value: 'zw' },
			{ name: 'np', value: 'np' },
		]);
	});

	test('the VAT Exemption Reason dropdown is filled from /vat_exemptions.json, each reason standing for its ID', async () => {
		const options = await callLoadOptions('getVatExemptions', picker({ operation: 'create' }));
		expect(options[0]).toEqual({ name: 'Art. 113 ust. 1 ustawy o VAT', value: '1', description: 'Zwolnienie podmiotowe ze względu na wartość sprzedaży nieprzekraczającą limitu.' });
		expect(options.map((option) => option.value)).toEqual(['1', '2', '3']);
	});
});
