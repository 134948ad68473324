import { callLoadOptions } from '../harness';
import { createParameters, line, NODE_TYPE, useAfaktury } from './context';

const af = useAfaktury();

jest.setTimeout(30_000);

const dropdown = () => ({ type: NODE_TYPE, credentials: af.credentials() });

describe('Afaktury dictionaries as dropdowns', () => {
	test.each([
		['getVatRates', '/api/vat/list', [{ name: '23%', value: '23' }, { name: '8%', value: '8' }, { name: '5%', value: '5' }, { name: '0%', value: '0' }, { name: 'zw', value: 'zw' }]],
		['getCurrencies', '/api/currency/list', [{ name: 'PLN', value: 'PLN' }, { name: 'EUR', value: 'EUR' }]],
		['getPaymentMethods', '/api/payKind/list', [{ name: 'przelew', value: 'transfer' }, { name: 'gotówka', value: 'cash' }, { name: 'karta płatnicza', value: 'card' }]],
		['getPaymentTerms', '/api/payTime/list', [{ name: '7 dni', value: '7' }, { name: '14 dni', value: '14' }, { name: '30 dni', value: '30' }]],
		['getUnits', '/api/unit/list', [{ name: 'szt.', value: 'szt.' }, { name: 'godz.', value: 'godz.' }, { name: 'usł.', value: 'usł.' }]],
		['getSellerDataSets', '/api/data/list', [{ name: 'Sandbox Sp. z o.o.', value: 'Sandbox Sp. z o.o.' }]],
	])('%s lists the account\'s own entries, each standing for the value an expression gives', async (method, path, expected) => {
		const options = await callLoadOptions(method, dropdown());
		expect(options).toEqual(expected);
		const sent = af.sandbox.requests.at(-1);
		expect(sent?.path).toBe(path);
		expect(sent?.headers.afakturytoken).toBe(af.sandbox.token);
	});
});

describe('Afaktury dictionary values given by expression', () => {
	test('canonical values are resolved to the account\'s ids', async () => {
		await af.json(createParameters([line({ vatRate: 'ZW', unit: 'godz.' })], { currency: 'eur', paymentMethod: 'card', paymentTerm: '30 days', sellerDataSet: '526-025-02-74' }));
		const sent = af.sandbox.requests.filter((request) => request.method === 'POST').at(-1);
		const body = JSON.parse(sent?.rawBody.toString('utf8') ?? '{}');
		expect(body).toMatchObject({ currency: 2, payKind: 3, payTime: 3, data: 1, products: [{ vat: 5, unit: 2 }] });
	});

	test.each([
		['a VAT rate', [line({ vatRate: '7' })], {}, 'Line item 1: VAT Rate: the account\'s VAT rate dictionary has no entry "7"'],
		['a unit', [line({ unit: 'kg' })], {}, 'Line item 1: Unit: the account\'s unit dictionary has no entry "kg"'],
		['a currency', [line()], { currency: 'USD' }, 'Currency: the account\'s currency dictionary has no entry "USD"'],
		['a payment method', [line()], { paymentMethod: 'barter' }, 'Payment Method: the account\'s payment method dictionary has no entry "barter"'],
		['a payment term', [line()], { paymentTerm: '21' }, 'Payment Term: the account\'s payment term dictionary has no entry "21"'],
		['a seller data set', [line()], { sellerDataSet: 'Other Ltd' }, 'Seller Data Set: the account\'s seller data set dictionary has no entry "Other Ltd"'],
	])('%s the account does not have is refused before the document is sent, naming the value and the dictionary', async (_what, lines, extra, message) => {
		const before = af.sandbox.requests.length;
		const run = await af.run(createParameters(lines, extra));
		const error = run.error as (Error & { description?: string }) | undefined;
		expect(error?.message).toBe(message);
		expect(error?.description).toMatch(/^The account has: .+\. Pick one from the list/);
		const sent = af.sandbox.requests.slice(before);
		expect(sent.every((request) => request.method === 'GET' && request.path.endsWith('/list'))).toBe(true);
	});
});
