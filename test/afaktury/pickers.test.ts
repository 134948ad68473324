import { callListSearch } from '../harness';
import { createParameters, dataOf, documentBody, lastRequest, line, NODE_TYPE, useAfaktury } from './context';

const af = useAfaktury();

jest.setTimeout(30_000);

const picker = (parameters = {}) => ({ type: NODE_TYPE, credentials: af.credentials(), parameters });

describe('Afaktury pickers', () => {
	beforeAll(() => {
		af.sandbox.addDocument('invoicemargin', documentBody({ number: 'M/1/2026', dateCreate: '2026-01-03', personBuy: { name: 'Antykwariat' } }));
		af.sandbox.addDocument('invoicemargin', documentBody({ number: 'M/2/2026', dateCreate: '2026-01-04', personBuy: { name: 'Komis' } }));
		af.sandbox.addProduct({ name: 'Konsultacja', productNumber: 'KONS-1', netto: '150.00' });
		af.sandbox.addProduct({ name: 'Dojazd', netto: '50' });
	});

	test('the document list searches the chosen document type, newest first, by Afaktury\'s phrase', async () => {
		const result = await callListSearch('searchDocuments', { ...picker({ documentType: 'invoicemargin' }), filter: 'Komis' });
		const sent = lastRequest(af.sandbox, 'GET', 'invoicemargin/list');
		expect(dataOf(sent)).toEqual({ phrase: 'Komis', sortDir: 'd', page: 1, count: 50 });
		expect(result.results).toEqual([{ name: 'M/2/2026 (Komis, 2026-01-04)', value: expect.stringMatching(/^[a-z0-9]{10}$/) }]);
		expect(result.paginationToken).toBeUndefined();
	});

	test('without a search the list holds every document of the type', async () => {
		const result = await callListSearch('searchDocuments', picker({ documentType: 'invoicemargin' }));
		expect(result.results.map((entry) => entry.name)).toEqual(['M/2/2026 (Komis, 2026-01-04)', 'M/1/2026 (Antykwariat, 2026-01-03)']);
	});

	test('a document picked from the list is the one Get reads', async () => {
		const [entry] = (await callListSearch('searchDocuments', { ...picker({ documentType: 'invoicemargin' }), filter: 'Antykwariat' })).results;
		const [output] = await af.json({ resource: 'document', operation: 'get', documentType: 'invoicemargin', documentHash: { __rl: true, mode: 'list', value: entry.value } });
		expect(output).toMatchObject({ id: entry.value, number: 'M/1/2026', kind: 'vat' });
	});

	test('an ID that is not a hash is refused by the editor, and one given by expression before sending', async () => {
		const typed = await af.refusedBeforeSending({ resource: 'document', operation: 'get', documentType: 'invoice', documentHash: { __rl: true, mode: 'id', value: 'no such/hash' } });
		expect(typed.error?.message).toMatch(/An ID is a hash of up to 10 letters and digits/);
		const computed = await af.refusedBeforeSending({ resource: 'document', operation: 'get', documentType: 'invoice', documentHash: { __rl: true, mode: 'id', value: '={{ "no such/hash" }}' } });
		expect(computed.error?.message).toBe('Document must be a hash of up to 10 letters and digits, got "no such/hash"');
	});

	test('the product picker searches the catalogue and labels entries with the product number', async () => {
		const result = await callListSearch('searchProducts', { ...picker(), filter: 'Konsul' });
		expect(dataOf(lastRequest(af.sandbox, 'GET', 'product/list'))).toEqual({ phrase: 'Konsul', page: 1, count: 50 });
		expect(result.results).toEqual([{ name: 'Konsultacja (KONS-1)', value: expect.stringMatching(/^\d+$/) }]);
	});

	test('a product picked for a line goes on the wire as the line\'s product id', async () => {
		const [entry] = (await callListSearch('searchProducts', { ...picker(), filter: 'Dojazd' })).results;
		await af.json(createParameters([line({ name: 'Dojazd', product: { __rl: true, mode: 'list', value: entry.value } })]));
		const body = JSON.parse(lastRequest(af.sandbox, 'POST', 'invoice').rawBody.toString('utf8'));
		expect(body.products).toEqual([{ name: 'Dojazd', amount: 1, netto: 100, vat: 1, unit: 1, product: Number(entry.value) }]);
	});
});

describe('Afaktury products: Get Many', () => {
	test('searches the catalogue and answers the shared product shape', async () => {
		const output = await af.json({ resource: 'product', operation: 'getMany', returnAll: true, filters: { phrase: 'Konsul' } });
		expect(dataOf(lastRequest(af.sandbox, 'GET', 'product/list'))).toEqual({ phrase: 'Konsul', page: 1, count: 100 });
		expect(output).toEqual([{ id: expect.any(String), name: 'Konsultacja', code: 'KONS-1', unitNetPrice: '150.00', vatRate: '23', unit: 'szt.' }]);
	});

	test('Simplify off gives the catalogue\'s record', async () => {
		const output = await af.json({ resource: 'product', operation: 'getMany', returnAll: false, limit: 1, simplify: false });
		expect(output).toHaveLength(1);
		expect(output[0]).toMatchObject({ netto: expect.stringMatching(/^\d+\.\d{2}$/), vat: { id: expect.any(Number) } });
	});
});
