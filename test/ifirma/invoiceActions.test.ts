import type { IDataObject } from 'n8n-workflow';

import { domesticBody, lastRequest, line, NEW_BUYER, TODAY, useIfirma } from './context';

const ifirma = useIfirma();


describe('iFirma invoice lists and actions', () => {
	beforeAll(() => {
		for (let index = 0; index < 130; index++) ifirma.sandbox.addDocument('fakturakraj', domesticBody());
	});

	test('Get Many pages through strona/iloscNaStronie and stops at the limit', async () => {
		const firstThree = await ifirma.json({ resource: 'invoice', operation: 'getMany', issuedFrom: TODAY, limit: 3 });
		expect(firstThree).toHaveLength(3);
		expect(lastRequest(ifirma.sandbox, 'GET', 'faktury.json').query).toEqual({ dataOd: TODAY, strona: '1', iloscNaStronie: '3' });

		const before = ifirma.sandbox.requests.length;
		const all = await ifirma.json({ resource: 'invoice', operation: 'getMany', issuedFrom: TODAY, returnAll: true });
		expect(all).toHaveLength(130);
		const pages = ifirma.sandbox.requests.slice(before).map((request) => request.query);
		expect(pages).toEqual([
			{ dataOd: TODAY, strona: '1', iloscNaStronie: '100' },
			{ dataOd: TODAY, strona: '2', iloscNaStronie: '100' },
		]);
		expect(new Set(all.map((entry) => entry.id)).size).toBe(130);

		const limited = await ifirma.json({ resource: 'invoice', operation: 'getMany', issuedFrom: TODAY, limit: 101 });
		expect(limited).toHaveLength(101);
		expect(lastRequest(ifirma.sandbox, 'GET', 'faktury.json').query).toMatchObject({ strona: '2' });
		expect(all[0]).toMatchObject({ provider: 'ifirma', kind: 'vat', buyer: { name: 'Hurtownia', taxId: '5260250274' } });
	});

	test('Get Many sends the filters under the service’s names', async () => {
		const listed = await ifirma.json({
			resource: 'invoice',
			operation: 'getMany',
			issuedFrom: TODAY,
			limit: 5,
			filters: { issuedTo: TODAY, status: ['nieoplacone', 'przeterminowane'], contractorTaxId: '5260250274', typeCode: 'prz_faktura_kraj', amountFrom: '100', amountTo: '200.50' },
			simplify: false,
		});
		expect(lastRequest(ifirma.sandbox, 'GET', 'faktury.json').query).toEqual({
			dataOd: TODAY,
			dataDo: TODAY,
			status: 'nieoplacone,przeterminowane',
			nipKontrahenta: '5260250274',
			typ: 'prz_faktura_kraj',
			kwotaOd: '100',
			kwotaDo: '200.5',
			strona: '1',
			iloscNaStronie: '5',
		});
		expect(listed.length).toBeGreaterThan(0);
		expect(listed.every((entry) => entry.NIPKontrahenta === '5260250274' && entry.Rodzaj === 'prz_faktura_kraj')).toBe(true);
	});

	test('Send by Email sends the message, the recipient and the options', async () => {
		const invoice = ifirma.sandbox.addDocument('fakturakraj', domesticBody());
		const [sent] = await ifirma.json({
			resource: 'invoice',
			operation: 'sendByEmail',
			documentType: 'fakturakraj',
			documentId: invoice.fullNumber,
			recipient: 'ksiegowosc@example.com',
			options: { message: 'Faktura w załączeniu', includeTransferDetails: true, alsoByPost: true },
		});
		const request = lastRequest(ifirma.sandbox, 'POST', 'fakturakraj/send/');
		expect(request.path).toBe(`/iapi/fakturakraj/send/${invoice.fullNumber.replace(/\//g, '_')}.json`);
		expect(request.body).toEqual({ SkrzynkaEmailOdbiorcy: 'ksiegowosc@example.com', Tekst: 'Faktura w załączeniu', Przelew: true });
		expect(request.query).toEqual({ wyslijPoczta: 'true' });
		expect(sent).toMatchObject({ sent: true, recipient: 'ksiegowosc@example.com' });
		expect(ifirma.sandbox.emails.at(-1)).toMatchObject({ to: 'ksiegowosc@example.com' });
	});

	test('Correct issues a correction with its reason and the corrected lines', async () => {
		const invoice = ifirma.sandbox.addDocument('fakturakraj', domesticBody());
		const [correction] = await ifirma.json({
			resource: 'invoice',
			operation: 'correct',
			documentId: invoice.id,
			reason: 'OBOW_RABAT',
			lineItems: { item: [line({ name: 'Towar', unitNetPrice: '90' })] },
			additionalFields: { issueDate: TODAY, notes: 'Rabat posprzedażowy' },
		});
		const request = lastRequest(ifirma.sandbox, 'POST', 'fakturakraj/korekta/');
		expect(request.path).toBe(`/iapi/fakturakraj/korekta/${invoice.id}.json`);
		expect(request.body).toEqual({
			PowodKorekty: 'OBOW_RABAT',
			DataWystawienia: TODAY,
			Pozycje: [{ NazwaPelna: 'Towar', Ilosc: 1, CenaJednostkowa: 90, Jednostka: 'szt.', StawkaVat: 0.23, TypStawkiVat: 'PRC' }],
			Uwagi: 'Rabat posprzedażowy',
		});
		expect(correction.number).toEqual(expect.stringContaining('/'));
		expect(correction.id).not.toBe(invoice.id);
	});

	test('Correct prices the lines as the invoice does, and refuses the other kind of price before sending it', async () => {
		const grossInvoice = ifirma.sandbox.addDocument('fakturakraj', domesticBody({ LiczOd: 'BRT' }));
		const posts = () => ifirma.sandbox.requests.filter((request) => request.method === 'POST').length;
		const before = posts();
		const refused = await ifirma.run({
			resource: 'invoice',
			operation: 'correct',
			documentId: grossInvoice.fullNumber,
			reason: 'POMYLKI',
			lineItems: { item: [line({ name: 'Towar', unitNetPrice: '90' })] },
			additionalFields: { issueDate: TODAY },
		});
		expect(refused.error?.message).toBe('Line item 1: Unit Net Price does not apply when prices are gross; set Unit Gross Price instead');
		expect(posts()).toBe(before);

		const [correction] = await ifirma.json({
			resource: 'invoice',
			operation: 'correct',
			documentId: grossInvoice.fullNumber,
			reason: 'POMYLKI',
			lineItems: { item: [line({ name: 'Towar', unitGrossPrice: '110.70' })] },
			additionalFields: { issueDate: TODAY },
		});
		expect((lastRequest(ifirma.sandbox, 'POST', 'fakturakraj/korekta/').body?.Pozycje as IDataObject[])[0]).toMatchObject({ CenaJednostkowa: 110.7 });
		// The totals of a correction are the difference: 110.70 gross after, 100.00 gross before.
		expect(correction.gross).toBe('10.70');
	});

	test('each document type sends its own fields to its own address', async () => {
		const base = { resource: 'invoice', operation: 'create', ...NEW_BUYER, additionalFields: { issueDate: TODAY } };
		const goods = { lineItems: { item: [line({ name: 'Towar', unitNetPrice: '10' })] } };

		await ifirma.json({ ...base, ...goods, documentType: 'fakturawysylka', paymentReceivedDate: TODAY });
		expect(lastRequest(ifirma.sandbox, 'POST', 'fakturawysylka.json').body).toMatchObject({ DataOtrzymaniaZaplaty: TODAY });

		await ifirma.json({ ...base, ...goods, documentType: 'fakturawaluta', currency: 'eur', saleType: 'WYSYLKOWA' });
		expect(lastRequest(ifirma.sandbox, 'POST', 'fakturawaluta.json').body).toMatchObject({ Waluta: 'EUR', TypSprzedazy: 'WYSYLKOWA' });

		await ifirma.json({
			...base,
			lineItems: { item: [line({ name: 'Goods', unitNetPrice: '10', vatRate: '0' })] },
			documentType: 'fakturawdt',
			currency: 'EUR',
			additionalFields: { issueDate: TODAY, language: 'en' },
		});
		expect(lastRequest(ifirma.sandbox, 'POST', 'fakturawdt.json').body).toMatchObject({ Waluta: 'EUR', Jezyk: 'en' });

		const [bill] = await ifirma.json({
			...base,
			documentType: 'rachunekkraj',
			ledgerEntry: 'POZ',
			lineItems: { item: [{ name: 'Usługa', quantity: '1', unit: 'szt.', unitNetPrice: '300' }] },
		});
		const billRequest = lastRequest(ifirma.sandbox, 'POST', 'rachunekkraj.json');
		expect(billRequest.body).toMatchObject({ WpisDoKpir: 'POZ' });
		expect((billRequest.body?.Pozycje as IDataObject[])[0]).not.toHaveProperty('StawkaVat');
		expect(bill).toMatchObject({ kind: 'bill', gross: '300.00' });
	});

	test('a field another document type owns is refused before sending, naming it', async () => {
		const run = await ifirma.refusedBeforeSending({
			resource: 'invoice',
			operation: 'create',
			documentType: 'fakturakraj',
			...NEW_BUYER,
			lineItems: { item: [line({ name: 'Towar', unitNetPrice: '10' })] },
			additionalFields: { issueDate: TODAY, language: 'en' },
		});
		expect(run.error?.message).toBe('Language does not apply to a Domestic VAT Invoice');
	});
});
