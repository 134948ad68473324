import type { IDataObject } from 'n8n-workflow';

import { domesticBody, lastRequest, line, NEW_BUYER, TODAY, useIfirma } from './context';

const ifirma = useIfirma();

const year = TODAY.slice(0, 4);

describe('iFirma invoices', () => {
	test('Create sends every field the docs require, signed, and returns the issued invoice', async () => {
		const [invoice] = await ifirma.json({
			resource: 'invoice',
			operation: 'create',
			documentType: 'fakturakraj',
			...NEW_BUYER,
			buyer: { taxId: '6272616681', street: 'Prosta 1', email: 'biuro@example.com' },
			paymentMethod: 'transfer',
			lineItems: { item: [line({ name: 'Usługa księgowa', unitNetPrice: '100', quantity: '2' }), line({ name: 'Zwolniona', unitNetPrice: '10.50', vatRate: 'zw' })] },
			additionalFields: { issueDate: TODAY, dueDate: TODAY, notes: 'Dziękujemy' },
		});

		const sent = lastRequest(ifirma.sandbox, 'POST', 'fakturakraj.json');
		expect(sent.headers['content-type']).toBe('application/json; charset=UTF-8');
		expect(sent.headers.authentication).toMatch(new RegExp(`^IAPIS user=${ifirma.sandbox.login.replace('.', '\\.')}, hmac-sha1=[0-9a-f]{40}$`));
		expect(sent.body).toEqual({
			LiczOd: 'NET',
			DataWystawienia: TODAY,
			DataSprzedazy: TODAY,
			FormatDatySprzedazy: 'DZN',
			Zaplacono: 0,
			ZaplaconoNaDokumencie: 0,
			TerminPlatnosci: TODAY,
			SposobZaplaty: 'PRZ',
			RodzajPodpisuOdbiorcy: 'BPO',
			WidocznyNumerBdo: false,
			Numer: null,
			Uwagi: 'Dziękujemy',
			NIPKontrahenta: '6272616681',
			Kontrahent: {
				Nazwa: 'Firma Testowa Sp. z o.o.',
				NIP: '6272616681',
				Ulica: 'Prosta 1',
				Miejscowosc: 'Warszawa',
				KodPocztowy: '00-001',
				Email: 'biuro@example.com',
			},
			Pozycje: [
				{ NazwaPelna: 'Usługa księgowa', Ilosc: 2, CenaJednostkowa: 100, Jednostka: 'szt.', StawkaVat: 0.23, TypStawkiVat: 'PRC' },
				{ NazwaPelna: 'Zwolniona', Ilosc: 1, CenaJednostkowa: 10.5, Jednostka: 'szt.', StawkaVat: null, TypStawkiVat: 'ZW' },
			],
		});
		// The text on the wire is the text that was signed: one serialisation, UTF-8.
		expect(sent.rawBody.toString('utf8')).toBe(JSON.stringify(sent.body));

		expect(invoice).toMatchObject({
			number: `1/${year}`,
			kind: 'vat',
			issueDate: TODAY,
			net: '210.50',
			gross: '256.50',
			paid: '0.00',
			buyer: { name: 'Firma Testowa Sp. z o.o.', taxId: '6272616681', city: 'Warszawa' },
			provider: 'ifirma',
		});
		expect(invoice.items).toEqual([
			{ name: 'Usługa księgowa', quantity: '2', unit: 'szt.', unitNetPrice: '100.00', vatRate: '23', gross: null },
			{ name: 'Zwolniona', quantity: '1', unit: 'szt.', unitNetPrice: '10.50', vatRate: 'zw', gross: null },
		]);
	});

	test('Gross prices go as BRT, a paid amount as both paid fields, an existing contractor by identifier', async () => {
		ifirma.sandbox.addContractor({ Nazwa: 'Stały Klient', Identyfikator: 'STALY1', KodPocztowy: '30-001', Miejscowosc: 'Kraków' });
		const [invoice] = await ifirma.json({
			resource: 'invoice',
			operation: 'create',
			documentType: 'fakturakraj',
			buyerType: 'contractor',
			contractorId: 'STALY1',
			priceMode: 'gross',
			paymentMethod: 'cash',
			lineItems: { item: [line({ name: 'Towar', unitGrossPrice: '123.00', vatRate: '23', discountPercent: '10', classification: '62.01' })] },
			additionalFields: { issueDate: TODAY, paidAmount: '110.70', number: '77' },
		});
		const { body } = lastRequest(ifirma.sandbox, 'POST', 'fakturakraj.json');
		expect(body).toMatchObject({ LiczOd: 'BRT', SposobZaplaty: 'GTK', Zaplacono: 110.7, ZaplaconoNaDokumencie: 110.7, Numer: 77, IdentyfikatorKontrahenta: 'STALY1' });
		expect(body).not.toHaveProperty('Kontrahent');
		expect((body?.Pozycje as object[])[0]).toEqual({
			NazwaPelna: 'Towar',
			Ilosc: 1,
			CenaJednostkowa: 123,
			Jednostka: 'szt.',
			StawkaVat: 0.23,
			TypStawkiVat: 'PRC',
			Rabat: 10,
			PKWiU: '62.01',
		});
		expect(invoice).toMatchObject({ number: `77/${year}`, gross: '110.70', paid: '110.70', buyer: { name: 'Stały Klient' } });
	});

	test('a contractor found by NIP: only the lookup fields are sent, and ifirma uses its record', async () => {
		ifirma.sandbox.addContractor({ Nazwa: 'Spółka po NIP', NIP: '7010000000', KodPocztowy: '02-001', Miejscowosc: 'Warszawa' });
		const [invoice] = await ifirma.json({
			resource: 'invoice',
			operation: 'create',
			documentType: 'fakturakraj',
			buyerType: 'taxId',
			buyerTaxId: '7010000000',
			lineItems: { item: [line({ name: 'Usługa', unitNetPrice: '10' })] },
			additionalFields: { issueDate: TODAY },
		});
		const { body } = lastRequest(ifirma.sandbox, 'POST', 'fakturakraj.json');
		expect(body).toMatchObject({ NIPKontrahenta: '7010000000' });
		expect(body).not.toHaveProperty('Kontrahent');
		expect(body).not.toHaveProperty('PrefiksUEKontrahenta');
		expect(invoice.buyer).toEqual({ name: 'Spółka po NIP', taxId: '7010000000', city: 'Warszawa' });
	});

	test('Get reads by identifier or by full number, the slash sent as an underscore', async () => {
		const issued = ifirma.sandbox.addDocument(
			'fakturakraj',
			domesticBody({
				Kontrahent: { Nazwa: 'Odbiorca', KodPocztowy: '00-002', Miejscowosc: 'Warszawa' },
				Pozycje: [{ NazwaPelna: 'Abonament', Ilosc: 1, CenaJednostkowa: 50, Jednostka: 'mc', StawkaVat: 0.08, TypStawkiVat: 'PRC' }],
			}),
		);
		const [byNumber] = await ifirma.json({ resource: 'invoice', operation: 'get', documentType: 'fakturakraj', documentId: issued.fullNumber });
		expect(lastRequest(ifirma.sandbox, 'GET', 'fakturakraj/').path).toBe(`/iapi/fakturakraj/${issued.fullNumber.replace(/\//g, '_')}.json`);
		expect(byNumber).toMatchObject({ id: issued.id, number: issued.fullNumber, net: '50.00', gross: '54.00' });

		const [raw] = await ifirma.json({ resource: 'invoice', operation: 'get', documentType: 'fakturakraj', documentId: issued.id, simplify: false });
		expect(lastRequest(ifirma.sandbox, 'GET', 'fakturakraj/').path).toBe(`/iapi/fakturakraj/${issued.id}.json`);
		expect(raw).toMatchObject({ PelnyNumer: issued.fullNumber, Kontrahent: { Nazwa: 'Odbiorca' } });
		expect(raw).not.toHaveProperty('Kod');
	});

	test('Download gives the PDF, its duplicate and the XML as binary data', async () => {
		const [created] = await ifirma.json({
			resource: 'invoice',
			operation: 'create',
			documentType: 'fakturakraj',
			...NEW_BUYER,
			lineItems: { item: [line({ name: 'Plik', unitNetPrice: '1' })] },
			additionalFields: { issueDate: TODAY },
		});
		const number = String(created.number);

		const pdf = await ifirma.run({ resource: 'invoice', operation: 'download', documentType: 'fakturakraj', documentId: number, format: 'pdf', binaryPropertyName: 'invoice' });
		expect(pdf.error).toBeUndefined();
		const sentPdf = lastRequest(ifirma.sandbox, 'GET', 'fakturakraj/');
		expect(sentPdf.path).toBe(`/iapi/fakturakraj/${number.replace(/\//g, '_')}.pdf`);
		expect(sentPdf.headers.accept).toBe('application/pdf');
		const [pdfItem] = pdf.items();
		expect(pdfItem.binary?.invoice).toMatchObject({ mimeType: 'application/pdf', fileName: `fakturakraj_${number.replace(/\//g, '_')}.pdf` });
		const bytes = await pdf.readBinary(pdfItem, 'invoice');
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(bytes.toString('latin1')).toContain(number);

		const duplicate = await ifirma.run({ resource: 'invoice', operation: 'download', documentType: 'fakturakraj', documentId: number, format: 'pdf', duplicate: true });
		expect(lastRequest(ifirma.sandbox, 'GET', 'fakturakraj/').query).toEqual({ typ: 'dup' });
		expect((await duplicate.readBinary(duplicate.items()[0], 'data')).toString('latin1')).toContain('DUPLIKAT');

		const xml = await ifirma.run({ resource: 'invoice', operation: 'download', documentType: 'fakturakraj', documentId: number, format: 'xml' });
		const [xmlItem] = xml.items();
		expect(xmlItem.binary?.data).toMatchObject({ mimeType: 'application/xml' });
		expect((await xml.readBinary(xmlItem, 'data')).toString('utf8')).toContain(number);
	});

	test('a flat-rate taxpayer’s lines carry their flat tax rate as the documented fraction, on invoices and bills', async () => {
		await ifirma.json({
			resource: 'invoice',
			operation: 'create',
			documentType: 'fakturakraj',
			...NEW_BUYER,
			lineItems: { item: [line({ name: 'Neseser', unitNetPrice: '47.14', quantity: '3', flatTaxRate: '8,5' }), line({ name: 'Usługa', unitNetPrice: '10' })] },
			additionalFields: { issueDate: TODAY },
		});
		const lines = lastRequest(ifirma.sandbox, 'POST', 'fakturakraj.json').body?.Pozycje as IDataObject[];
		expect(lines[0]).toEqual({ NazwaPelna: 'Neseser', Ilosc: 3, CenaJednostkowa: 47.14, Jednostka: 'szt.', StawkaVat: 0.23, TypStawkiVat: 'PRC', StawkaRyczaltu: 0.085 });
		expect(lines[1]).not.toHaveProperty('StawkaRyczaltu');

		await ifirma.json({
			resource: 'invoice',
			operation: 'create',
			documentType: 'rachunekkraj',
			...NEW_BUYER,
			lineItems: { item: [{ name: 'Usługa', quantity: '1', unit: 'szt.', unitNetPrice: '300', flatTaxRate: '12' }] },
			additionalFields: { issueDate: TODAY },
		});
		expect((lastRequest(ifirma.sandbox, 'POST', 'rachunekkraj.json').body?.Pozycje as IDataObject[])[0]).toMatchObject({ StawkaRyczaltu: 0.12 });
	});

	test('a line’s name and unit in the second language go with the documents printed in one', async () => {
		await ifirma.json({
			resource: 'invoice',
			operation: 'create',
			documentType: 'fakturawdt',
			...NEW_BUYER,
			currency: 'EUR',
			lineItems: { item: [line({ name: 'Neseser', unit: 'sztuk', unitNetPrice: '47.14', vatRate: '0', foreignName: 'Briefcase', foreignUnit: 'pcs' })] },
			additionalFields: { issueDate: TODAY, language: 'en' },
		});
		expect((lastRequest(ifirma.sandbox, 'POST', 'fakturawdt.json').body?.Pozycje as IDataObject[])[0]).toMatchObject({
			NazwaPelna: 'Neseser',
			Jednostka: 'sztuk',
			NazwaPelnaObca: 'Briefcase',
			JednostkaObca: 'pcs',
		});
	});

	test('a domestic invoice has no second-language line fields, so none reaches the wire', async () => {
		await ifirma.json({
			resource: 'invoice',
			operation: 'create',
			documentType: 'fakturakraj',
			...NEW_BUYER,
			lineItems: { item: [line({ name: 'Neseser', unitNetPrice: '10', foreignName: 'Briefcase' })] },
			additionalFields: { issueDate: TODAY },
		});
		expect((lastRequest(ifirma.sandbox, 'POST', 'fakturakraj.json').body?.Pozycje as IDataObject[])[0]).not.toHaveProperty('NazwaPelnaObca');
	});

	test('a flat tax rate iFirma does not have is refused before sending', async () => {
		const run = await ifirma.refusedBeforeSending({
			resource: 'invoice',
			operation: 'create',
			documentType: 'fakturakraj',
			...NEW_BUYER,
			lineItems: { item: [line({ name: 'Neseser', unitNetPrice: '10', flatTaxRate: '0.85' })] },
		});
		expect(run.error?.message).toBe('Line item 1: Flat Tax Rate (%) must be one of 3, 5.5, 8.5, 10, 12, 12.5, 14, 15, 17 (got "0.85")');
		expect((run.error as Error & { description?: string }).description).toBe('Use one of the flat tax rates iFirma offers: 3, 5.5, 8.5, 10, 12, 12.5, 14, 15, 17 (percent).');
	});

	test('a pro forma chosen as an invoice type in an older workflow is named, with where pro formas are', async () => {
		const run = await ifirma.refusedBeforeSending({ resource: 'invoice', operation: 'get', documentType: 'fakturaproformakraj', documentId: '1' });
		expect(run.error?.message).toBe('Document Type "fakturaproformakraj" is not an invoice type');
		expect((run.error as Error & { description?: string }).description).toBe('Use the Pro Forma resource for pro formas.');
	});

	test('an unknown document is the service’s refusal with its own words', async () => {
		const run = await ifirma.run({ resource: 'invoice', operation: 'get', documentType: 'fakturakraj', documentId: '999/1999' });
		expect(run.error?.message).toMatch(/^iFirma: /);
		expect((run.error as Error & { description?: string }).description).toContain('Check the ID or number');
	});
});
