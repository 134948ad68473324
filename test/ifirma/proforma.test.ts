import type { IDataObject } from 'n8n-workflow';

import { lastRequest, line, NEW_BUYER, TODAY, useIfirma } from './context';

const ifirma = useIfirma();

const proforma = (orderNumber: string, extra = {}) => ({
	resource: 'proforma',
	...NEW_BUYER,
	proformaKind: 'SPRZ',
	orderNumber,
	lineItems: { item: [line({ name: 'Meble', unitNetPrice: '1000' })] },
	additionalFields: { issueDate: TODAY },
	...extra,
});

describe('iFirma pro formas and payments', () => {
	test('pro forma → invoice → payment, the documented path of an order', async () => {
		const [created] = await ifirma.json({ ...proforma('ZAM/2026/1'), operation: 'create' });
		const sent = lastRequest(ifirma.sandbox, 'POST', 'fakturaproformakraj.json');
		expect(sent.body).toMatchObject({ TypFakturyKrajowej: 'SPRZ', NumerZamowienia: 'ZAM/2026/1', LiczOd: 'NET', DataWystawienia: TODAY });
		expect(sent.body).not.toHaveProperty('DataSprzedazy');
		expect(sent.body).not.toHaveProperty('Zaplacono');
		expect(created).toMatchObject({ kind: 'proforma', net: '1000.00', gross: '1230.00' });

		const [invoice] = await ifirma.json({ resource: 'proforma', operation: 'convertToInvoice', documentId: String(created.number) });
		expect(lastRequest(ifirma.sandbox, 'GET', 'fakturaproformakraj/add/').path).toBe(
			`/iapi/fakturaproformakraj/add/${String(created.number).replace(/\//g, '_')}.json`,
		);
		expect(invoice).toMatchObject({ kind: 'vat', gross: '1230.00', paid: '0.00' });

		const [payment] = await ifirma.json({
			resource: 'payment',
			operation: 'create',
			invoiceType: 'prz_faktura_kraj',
			documentId: String(invoice.number),
			amount: '1230.00',
			additionalFields: { date: TODAY },
		});
		const paid = lastRequest(ifirma.sandbox, 'POST', 'faktury/wplaty/');
		expect(paid.path).toBe(`/iapi/faktury/wplaty/prz_faktura_kraj/${String(invoice.number).replace(/\//g, '_')}.json`);
		expect(paid.body).toEqual({ Kwota: 1230, Data: TODAY });
		expect(payment).toMatchObject({ invoice: String(invoice.number).replace(/\//g, '_'), amount: '1230.00', date: TODAY });
		expect(payment.id).toEqual(expect.any(String));

		const [after] = await ifirma.json({ resource: 'invoice', operation: 'get', documentType: 'fakturakraj', documentId: String(invoice.id) });
		expect(after.paid).toBe('1230.00');

		const found = await ifirma.json({ resource: 'proforma', operation: 'getMany', filters: { orderNumber: 'ZAM/2026/1' }, returnAll: true });
		expect(lastRequest(ifirma.sandbox, 'GET', 'fakturaproformakraj/find/').path).toBe('/iapi/fakturaproformakraj/find/ZAM%2F2026%2F1.json');
		expect(found).toEqual([expect.objectContaining({ id: created.id, number: created.number, kind: 'proforma' })]);
	});

	test('a pro forma for an order that has one already is returned, marked, and none is issued', async () => {
		const [first] = await ifirma.json({ ...proforma('ZAM-RERUN'), operation: 'create' });
		const posts = () => ifirma.sandbox.requests.filter((request) => request.method === 'POST').length;
		const postsBefore = posts();
		const [again] = await ifirma.json({ ...proforma('ZAM-RERUN'), operation: 'create' });
		expect(again).toMatchObject({ id: first.id, number: first.number, alreadyExisted: true });
		expect(first).not.toHaveProperty('alreadyExisted');
		expect(posts()).toBe(postsBefore);
		expect(lastRequest(ifirma.sandbox, 'GET', 'fakturaproformakraj/find/').path).toBe('/iapi/fakturaproformakraj/find/ZAM-RERUN.json');
		const issued = [...ifirma.sandbox.store.documents.values()].filter((document) => document.body.NumerZamowienia === 'ZAM-RERUN');
		expect(issued).toHaveLength(1);
	});

	test('converting a pro forma twice is refused by the service', async () => {
		const [created] = await ifirma.json({ ...proforma('ZAM-2'), operation: 'create' });
		await ifirma.json({ resource: 'proforma', operation: 'convertToInvoice', documentId: String(created.id) });
		const again = await ifirma.run({ resource: 'proforma', operation: 'convertToInvoice', documentId: String(created.id) });
		expect(again.error?.message).toMatch(/^iFirma: /);
	});

	test('Create With Invoice issues both documents in one call', async () => {
		const [both] = await ifirma.json({ ...proforma('ZAM-3'), operation: 'createWithInvoice' });
		expect(lastRequest(ifirma.sandbox, 'POST', 'fakturaproformakraj/add.json').body).toMatchObject({ NumerZamowienia: 'ZAM-3' });
		expect(both.proforma).toMatchObject({ kind: 'proforma', gross: '1230.00' });
		expect(both.invoice).toMatchObject({ kind: 'vat', gross: '1230.00' });
	});

	test('Create With Invoice is for sales only, said before sending', async () => {
		const run = await ifirma.refusedBeforeSending({ ...proforma('ZAM-4'), operation: 'createWithInvoice', proformaKind: 'ZAL' });
		expect(run.error?.message).toBe('Create With Invoice works for pro formas of a sale only');
	});

	test('Get, Download, Get Many and Send by Email work on pro formas', async () => {
		const [created] = await ifirma.json({ ...proforma('ZAM-5'), operation: 'create', buyer: { email: 'klient@example.com' } });
		const [got] = await ifirma.json({ resource: 'proforma', operation: 'get', documentId: String(created.id) });
		expect(got).toMatchObject({ number: created.number, kind: 'proforma' });

		const pdf = await ifirma.run({ resource: 'proforma', operation: 'download', documentId: String(created.id), format: 'pdf' });
		expect(lastRequest(ifirma.sandbox, 'GET', 'fakturaproformakraj/').path).toBe(`/iapi/fakturaproformakraj/${String(created.id)}.pdf`);
		expect((await pdf.readBinary(pdf.items()[0])).subarray(0, 5).toString('latin1')).toBe('%PDF-');

		const listed = await ifirma.json({ resource: 'proforma', operation: 'getMany', issuedFrom: TODAY, returnAll: true });
		expect(lastRequest(ifirma.sandbox, 'GET', 'proformy.json').query).toMatchObject({ dataOd: TODAY });
		expect(listed.map((entry) => entry.number)).toContain(created.number);

		await ifirma.json({ resource: 'proforma', operation: 'sendByEmail', documentId: String(created.id) });
		expect(lastRequest(ifirma.sandbox, 'POST', 'fakturaproformakraj/send/').body).toEqual({});
		expect(ifirma.sandbox.emails.at(-1)).toMatchObject({ to: 'klient@example.com' });
	});

	test('the pro forma page’s flat-rate line: its flat tax rate, and its name and unit in a second language', async () => {
		await ifirma.json({
			...proforma('ZAM-RYCZALT'),
			operation: 'create',
			priceMode: 'gross',
			lineItems: { item: [line({ name: 'Neseser', unit: 'sztuk', quantity: '3', unitGrossPrice: '47.14', flatTaxRate: '3', foreignName: 'Briefcase', foreignUnit: 'pcs' })] },
		});
		expect((lastRequest(ifirma.sandbox, 'POST', 'fakturaproformakraj.json').body?.Pozycje as IDataObject[])[0]).toEqual({
			NazwaPelna: 'Neseser',
			Ilosc: 3,
			CenaJednostkowa: 47.14,
			Jednostka: 'sztuk',
			StawkaVat: 0.23,
			TypStawkiVat: 'PRC',
			StawkaRyczaltu: 0.03,
			NazwaPelnaObca: 'Briefcase',
			JednostkaObca: 'pcs',
		});
	});

	test('Get Many by Order Number needs no issue date, and refuses filters the order search cannot apply before sending', async () => {
		const [created] = await ifirma.json({ ...proforma('ZAM-FILTR'), operation: 'create' });
		const narrowed = await ifirma.json({ resource: 'proforma', operation: 'getMany', issuedFrom: TODAY, filters: { orderNumber: 'ZAM-FILTR', issuedTo: TODAY } });
		expect(narrowed.map((entry) => entry.id)).toEqual([created.id]);
		const later = await ifirma.json({ resource: 'proforma', operation: 'getMany', issuedFrom: '2999-01-01', filters: { orderNumber: 'ZAM-FILTR' } });
		expect(later).toEqual([]);

		const combined = await ifirma.refusedBeforeSending({ resource: 'proforma', operation: 'getMany', filters: { orderNumber: 'ZAM-FILTR', status: ['oplacone'] } });
		expect(combined.error?.message).toBe('Payment Status cannot be combined with Order Number');
		const undated = await ifirma.refusedBeforeSending({ resource: 'proforma', operation: 'getMany', filters: {} });
		expect(undated.error?.message).toBe('Issued From is required');
	});

	test('a payment in a foreign currency carries the PLN amount and the rate', async () => {
		const [invoice] = await ifirma.json({
			resource: 'invoice',
			operation: 'create',
			documentType: 'fakturawdt',
			...NEW_BUYER,
			currency: 'EUR',
			lineItems: { item: [line({ name: 'Goods', unitNetPrice: '100', vatRate: '0' })] },
			additionalFields: { issueDate: TODAY },
		});
		await ifirma.json({
			resource: 'payment',
			operation: 'create',
			invoiceType: 'prz_dostawa_ue_towarow',
			documentId: String(invoice.id),
			amount: '100',
			additionalFields: { date: TODAY, amountPln: '432.10', exchangeRate: '4.321' },
		});
		expect(lastRequest(ifirma.sandbox, 'POST', 'faktury/wplaty/').body).toEqual({ Kwota: 100, Data: TODAY, KwotaPln: 432.1, Kurs: 4.321 });
	});
});
