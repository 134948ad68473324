import type { IDataObject } from 'n8n-workflow';

import { bodyOf, dataOf, documentBody, lastRequest, line, useAfaktury } from './context';

const af = useAfaktury({ today: '2026-02-10' });

jest.setTimeout(30_000);

const picked = (hash: string) => ({ __rl: true, mode: 'id', value: hash });

describe('Afaktury document actions', () => {
	test('Update sends only the fields given, with the buyer merged over the document\'s own', async () => {
		const seeded = af.sandbox.addDocument('invoice', documentBody({ number: 'U/1' }));
		const [output] = await af.json({
			resource: 'document',
			operation: 'update',
			documentType: 'invoice',
			documentHash: picked(seeded.hash),
			updateFields: { number: 'U/1/A', currency: 'EUR', paymentTerm: '30' },
			buyerDetails: { email: 'nowy@example.com' },
			lineItems: { item: [line({ unitNetPrice: '10' })] },
		});
		const sent = lastRequest(af.sandbox, 'PUT', 'invoice');
		expect(bodyOf(sent)).toEqual({
			hash: seeded.hash,
			number: 'U/1/A',
			currency: 2,
			payTime: 3,
			products: [{ name: 'Usługa', amount: 1, netto: 10, vat: 1, unit: 1 }],
			// The rest of the buyer as the document has it: Afaktury replaces a party whole.
			personBuy: { name: 'Hurtownia Sp. z o.o.', nip: '5260250274', address: 'ul. Prosta 1, 00-001 Warszawa', alternativeHeader: 0, isVATPayer: 0, mail: 'nowy@example.com' },
		});
		expect(af.sandbox.requests.filter((request) => request.method === 'GET' && request.path === '/api/invoice').map(dataOf).at(-1)).toEqual({ hash: seeded.hash });
		expect(output).toMatchObject({ id: seeded.hash, number: 'U/1/A', currency: 'EUR', net: '10.00', buyer: { name: 'Hurtownia Sp. z o.o.' } });
	});

	test('Delete sends the hash in the body and answers {"deleted": true}', async () => {
		const seeded = af.sandbox.addDocument('bill', documentBody({ number: 'D/1' }));
		const [output] = await af.json({ resource: 'document', operation: 'delete', documentType: 'bill', documentHash: picked(seeded.hash) });
		expect(bodyOf(lastRequest(af.sandbox, 'DELETE', 'bill'))).toEqual({ hash: seeded.hash });
		expect(output).toEqual({ deleted: true, id: seeded.hash });
		expect(af.sandbox.documents.bill.has(seeded.hash)).toBe(false);
	});

	test('Download PDF asks for the copies, template, language and print options in ?data= and puts the file in a binary property', async () => {
		const seeded = af.sandbox.addDocument('invoice', documentBody({ number: 'P/1' }));
		const run = await af.run({
			resource: 'document',
			operation: 'downloadPdf',
			documentType: 'invoice',
			documentHash: picked(seeded.hash),
			copies: 3,
			options: { template: 'pro', language: 'en' },
			printOptions: { showPrice: false, visibleBankAccount: true },
		});
		expect(run.error).toBeUndefined();
		const sent = lastRequest(af.sandbox, 'GET', 'invoice/pdf');
		expect(dataOf(sent)).toEqual({ hash: seeded.hash, kind: 3, tpl: 'pro', lang: 'en', configPrint: { showPrice: 0, visibleBankAccount: 1 } });
		const [item] = run.items();
		expect(item.json).toEqual({ id: seeded.hash, documentType: 'invoice', copies: 3 });
		expect(item.binary?.data).toMatchObject({ mimeType: 'application/pdf', fileName: `invoice-${seeded.hash}.pdf` });
	});

	test('Add Payment sends the amount and date, and answers the document with what is paid', async () => {
		const seeded = af.sandbox.addDocument('invoice', documentBody({ number: 'Z/1' }));
		const [output] = await af.json({
			resource: 'document',
			operation: 'addPayment',
			documentType: 'invoice',
			documentHash: picked(seeded.hash),
			amount: '46,10',
			paymentDate: '2026-02-01',
		});
		expect(bodyOf(lastRequest(af.sandbox, 'PUT', 'invoice/pay'))).toEqual({ hash: seeded.hash, cash: 46.1, date: '2026-02-01 12:00:00' });
		expect(output).toMatchObject({ id: seeded.hash, paid: '46.10', gross: '246.00' });
	});

	test('Add Payment refuses an amount that is not a positive decimal before sending', async () => {
		const seeded = af.sandbox.addDocument('invoice', documentBody({ number: 'Z/2' }));
		const run = await af.refusedBeforeSending({ resource: 'document', operation: 'addPayment', documentType: 'invoice', documentHash: picked(seeded.hash), amount: '-5' });
		expect(run.error?.message).toMatch(/^Amount must be/);
	});

	test('Reset Payments sends the hash to payzero', async () => {
		const seeded = af.sandbox.addDocument('invoice', documentBody({ number: 'Z/3', payed: 100 }));
		const [output] = await af.json({ resource: 'document', operation: 'resetPayments', documentType: 'invoice', documentHash: picked(seeded.hash) });
		expect(bodyOf(lastRequest(af.sandbox, 'PUT', 'invoice/payzero'))).toEqual({ hash: seeded.hash });
		expect(output).toMatchObject({ id: seeded.hash, paid: '0.00' });
	});

	test('Send by Email sends the recipient, texts, copies, language and print options', async () => {
		const seeded = af.sandbox.addDocument('proforma', documentBody({ number: 'PF/1' }));
		const [output] = await af.json({
			resource: 'document',
			operation: 'sendByEmail',
			documentType: 'proforma',
			documentHash: picked(seeded.hash),
			email: 'klient@example.com',
			subject: 'Pro forma PF/1',
			message: 'W załączeniu.',
			options: { copies: 2, language: 'en', sendCopyToMe: true },
			printOptions: { visibleQrcode: false },
		});
		expect(bodyOf(lastRequest(af.sandbox, 'PUT', 'proforma/sendmail'))).toEqual({
			hash: seeded.hash,
			mail: 'klient@example.com',
			title: 'Pro forma PF/1',
			body: 'W załączeniu.',
			lang: 'en',
			sendToMe: 1,
			kind: 2,
			configPrint: { visibleQrcode: 0 },
		});
		expect(output).toEqual({ sent: true, ids: [seeded.hash], messages: expect.any(Array) });
		expect(af.sandbox.emails.at(-1)).toMatchObject({ action: 'sendmail', hashes: [seeded.hash], kind: 2 });
	});

	test('Send Reminder sends the reminder type and whether the document is attached', async () => {
		const seeded = af.sandbox.addDocument('invoice', documentBody({ number: 'R/1' }));
		await af.json({
			resource: 'document',
			operation: 'sendReminder',
			documentType: 'invoice',
			documentHash: picked(seeded.hash),
			reminderType: 2,
			email: 'klient@example.com',
			attachDocument: false,
		});
		expect(bodyOf(lastRequest(af.sandbox, 'PUT', 'invoice/sendreminder'))).toEqual({ hash: seeded.hash, mail: 'klient@example.com', kind: 2, sendDocument: 0 });
		expect(af.sandbox.emails.at(-1)).toMatchObject({ action: 'sendreminder', kind: 2, sendDocument: 0 });
	});

	test('Send to Accountant sends several documents in one message', async () => {
		const hashes = ['A/1', 'A/2'].map((number) => af.sandbox.addDocument('invoice', documentBody({ number })).hash);
		const [output] = await af.json({
			resource: 'document',
			operation: 'sendToAccountant',
			documentType: 'invoice',
			documentHashes: hashes.join(', '),
			email: 'ksiegowa@example.com',
			subject: 'Faktury za styczeń',
		});
		expect(bodyOf(lastRequest(af.sandbox, 'PUT', 'invoice/sendtoaccountant'))).toEqual({ ids: hashes, mail: 'ksiegowa@example.com', title: 'Faktury za styczeń', kind: 1 });
		expect(output).toMatchObject({ sent: true, ids: hashes });
		expect(af.sandbox.emails.at(-1)).toMatchObject({ action: 'sendtoaccountant', hashes });
	});

	test('a refusal (result:false) becomes the node\'s error in the service\'s words', async () => {
		const run = await af.run({ resource: 'document', operation: 'get', documentType: 'invoice', documentHash: picked('nosuchhash') });
		const error = run.error as (Error & { description?: string }) | undefined;
		expect(error?.message).toBe('Afaktury: Object not found');
	});
});

describe('Afaktury documents: Get Many', () => {
	const listed: IDataObject[] = [];

	beforeAll(() => {
		for (let index = 1; index <= 5; index++) {
			listed.push({ hash: af.sandbox.addDocument('corrective', documentBody({ number: `K/${index}`, dateCreate: `2026-01-0${index}`, products: [{ name: 'Zwrot', amount: -1, netto: 10, vat: 1, unit: 1 }] })).hash });
		}
	});

	test('Return All reads page after page until the last page the answer names', async () => {
		const before = af.sandbox.requests.length;
		const output = await af.json({ resource: 'document', operation: 'getMany', documentType: 'corrective', returnAll: true, filters: {}, simplify: false });
		expect(output.map((record) => record.hash).sort()).toEqual(listed.map((record) => record.hash).sort());
		const pages = af.sandbox.requests.slice(before).filter((request) => request.path === '/api/corrective/list');
		expect(pages.map(dataOf)).toEqual([{ page: 1, count: 100 }]);
	});

	test('a Limit asks for no larger a page than it needs, and pages on by `pages`', async () => {
		const before = af.sandbox.requests.length;
		const output = await af.json({ resource: 'document', operation: 'getMany', documentType: 'corrective', returnAll: false, limit: 4, filters: {} });
		expect(output).toHaveLength(4);
		const pages = af.sandbox.requests.slice(before).filter((request) => request.path === '/api/corrective/list');
		expect(pages.map(dataOf)).toEqual([{ page: 1, count: 4 }]);
		expect(output[0]).toMatchObject({ kind: 'correction', provider: 'afaktury' });
	});

	test('every filter goes into ?data= under the service\'s names, dictionary values as ids', async () => {
		await af.json({
			resource: 'document',
			operation: 'getMany',
			documentType: 'corrective',
			returnAll: false,
			limit: 10,
			filters: {
				phrase: 'K/',
				letter: 'h',
				dateFrom: '2026-01-01',
				dateTo: '2026-01-31',
				product: 'Zwrot',
				paymentStatus: 'unpaid',
				clientId: 7,
				paymentMethod: 'cash',
				currency: 'PLN',
				sellerDataSet: '5260250274',
				userId: 3,
				sortColumn: 2,
				sortDescending: true,
			},
		});
		expect(dataOf(lastRequest(af.sandbox, 'GET', 'corrective/list'))).toEqual({
			phrase: 'K/',
			letter: 'h',
			dateBegin: '2026-01-01',
			dateEnd: '2026-01-31',
			product: 'Zwrot',
			client: 7,
			payKind: 2,
			currency: 1,
			data: 1,
			user: 3,
			sortItem: 2,
			payedKind: 2,
			sortDir: 'd',
			page: 1,
			count: 10,
		});
	});

	test('Year and Month go as the period', async () => {
		await af.json({ resource: 'document', operation: 'getMany', documentType: 'corrective', returnAll: false, limit: 10, filters: { year: 2026, month: 1 } });
		expect(dataOf(lastRequest(af.sandbox, 'GET', 'corrective/list'))).toEqual({ year: 2026, month: 1, page: 1, count: 10 });
	});

	test('Year with a date range is refused before sending', async () => {
		const run = await af.refusedBeforeSending({ resource: 'document', operation: 'getMany', documentType: 'corrective', filters: { year: 2026, dateFrom: '2026-01-01' } });
		expect(run.error?.message).toBe('Year and Month cannot be combined with Date From and Date To');
	});
});
