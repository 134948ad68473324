import { bodyOf, createParameters, dataOf, documentBody, lastRequest, line, useAfaktury } from './context';

const af = useAfaktury();

jest.setTimeout(30_000);

describe('Afaktury document: create', () => {
	test('sends the document with the account\'s dictionary ids, the parties and the lines, and answers the shared shape', async () => {
		const [output] = await af.json(
			createParameters([line({ quantity: '2', unitNetPrice: '100.50' }), line({ name: 'Dojazd', unitNetPrice: '', unitGrossPrice: '12.30', vatRate: '8', unit: 'usł.' })], {
				buyerDetails: { taxId: '5260250274', address: 'ul. Prosta 1, 00-001 Warszawa', email: 'biuro@example.com', isVatPayer: true },
				sellerDetails: { bankAccount: '01 2345 6789 0123 4567 8901 2345', bankName: 'Bank' },
				additionalFields: { issueDate: '2026-01-15', saleDate: '2026-01-14', orderNumber: 'ORD-7', place: 'Warszawa', notes: 'Dziękujemy' },
			}),
		);
		const sent = lastRequest(af.sandbox, 'POST', 'invoice');
		expect(sent.path).toBe('/api/invoice');
		expect(sent.headers.afakturytoken).toBe(af.sandbox.token);
		expect(sent.headers['user-agent']).toContain('Mozilla/');
		expect(sent.headers['content-type']).toContain('application/json');
		expect(bodyOf(sent)).toEqual({
			number: 'FV/1/2026',
			dateCreate: '2026-01-15',
			dateSell: '2026-01-14',
			place: 'Warszawa',
			noOrder: 'ORD-7',
			language: 'pl',
			data: 1,
			currency: 1,
			payKind: 1,
			payTime: 2,
			annotation: 'Dziękujemy',
			personBuy: { name: 'Firma Testowa Sp. z o.o.', nip: '5260250274', address: 'ul. Prosta 1, 00-001 Warszawa', mail: 'biuro@example.com', isVATPayer: 1 },
			personSell: { name: 'Sandbox Sp. z o.o.', nip: '5260250274', bankAccountFirstNumber: '01 2345 6789 0123 4567 8901 2345', bankAccountFirstName: 'Bank' },
			products: [
				{ name: 'Usługa', amount: 2, netto: 100.5, vat: 1, unit: 1 },
				{ name: 'Dojazd', amount: 1, brutto: 12.3, vat: 2, unit: 3 },
			],
		});
		expect(output).toMatchObject({
			number: 'FV/1/2026',
			kind: 'vat',
			issueDate: '2026-01-15',
			saleDate: '2026-01-14',
			currency: 'PLN',
			net: '212.39',
			paid: '0.00',
			buyer: { name: 'Firma Testowa Sp. z o.o.', taxId: '5260250274' },
			provider: 'afaktury',
		});
		expect(output.items).toEqual([
			{ name: 'Usługa', quantity: '2', unit: 'szt.', unitNetPrice: '100.50', vatRate: '23', gross: null },
			{ name: 'Dojazd', quantity: '1', unit: 'usł.', unitNetPrice: expect.any(String), vatRate: '8', gross: null },
		]);
		expect(af.sandbox.documents.invoice.get(String(output.id))).toBeDefined();
	});

	test('reads each dictionary once for a batch of items', async () => {
		const before = af.sandbox.requests.length;
		const created = await af.json(createParameters([line()], { number: '={{ "B/" + $itemIndex }}' }), { input: [{}, {}, {}] });
		expect(created.map((document) => document.number)).toEqual(['B/0', 'B/1', 'B/2']);
		const lists = af.sandbox.requests.slice(before).filter((request) => request.path.endsWith('/list'));
		expect(lists.map((request) => request.path).sort()).toEqual(['/api/currency/list', '/api/data/list', '/api/payKind/list', '/api/payTime/list', '/api/unit/list', '/api/vat/list']);
	});
});

describe('Afaktury document: create refused', () => {
	test('a number that an expression leaves empty is refused before anything is sent', async () => {
		const run = await af.refusedBeforeSending(createParameters([line()], { number: '={{ "" }}' }));
		expect(run.error?.message).toBe('Number is required');
	});

	test('a line without a price is refused before anything is sent', async () => {
		const posts = () => af.sandbox.requests.filter((request) => request.method === 'POST').length;
		const before = posts();
		const run = await af.run(createParameters([line({ unitNetPrice: '' })]));
		expect(run.error?.message).toBe('Line item 1: a Unit Net Price or a Unit Gross Price is required');
		expect(posts()).toBe(before);
	});

	test('what Afaktury refuses (result:false) is the node\'s error in its words, and nothing was created', async () => {
		const before = af.sandbox.documents.invoice.size;
		const run = await af.run(createParameters([line({ quantity: '-1' })], { number: 'NEG/1' }));
		const error = run.error as (Error & { context?: { outcome?: string } }) | undefined;
		expect(error?.message).toMatch(/^Afaktury: .*amount.*must be a positive number/);
		expect(error?.context?.outcome).toBe('refused');
		expect(af.sandbox.documents.invoice.size).toBe(before);
	});
});

describe('Afaktury document: get', () => {
	test('asks for the hash in ?data= and answers the shared shape', async () => {
		const seeded = af.sandbox.addDocument('invoicerr', documentBody({ number: 'RR/1/2026' }));
		const [output] = await af.json({ resource: 'document', operation: 'get', documentType: 'invoicerr', documentHash: { __rl: true, mode: 'id', value: seeded.hash } });
		const sent = lastRequest(af.sandbox, 'GET', 'invoicerr');
		expect(sent.path).toBe('/api/invoicerr');
		expect(dataOf(sent)).toEqual({ hash: seeded.hash });
		expect(output).toMatchObject({ id: seeded.hash, number: 'RR/1/2026', kind: 'vatRr', net: '200.00', gross: '246.00', currency: 'PLN' });
	});

	test('Simplify off gives Afaktury\'s record with its money as exact strings', async () => {
		const seeded = af.sandbox.addDocument('invoice', documentBody({ number: 'RAW/1' }));
		const [output] = await af.json({ resource: 'document', operation: 'get', documentType: 'invoice', documentHash: { __rl: true, mode: 'id', value: seeded.hash }, simplify: false });
		expect(output).toMatchObject({ hash: seeded.hash, id: seeded.id, netto: '200.00', brutto: '246.00', currency: { id: 1 } });
	});
});
