import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { callListSearch } from '../harness';
import { domesticBody, lastRequest, NODE_TYPE, TODAY, useIfirma } from './context';

const ifirma = useIfirma();

const picker = (parameters: INodeParameters, filter?: string, paginationToken?: string) => ({
	type: NODE_TYPE,
	parameters,
	credentials: ifirma.credentials(),
	filter,
	paginationToken,
});

/** A date this many days before today, as the sandbox's account would have issued it. */
function daysBefore(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const buyer = (name: string): IDataObject => ({ Kontrahent: { Nazwa: name, KodPocztowy: '00-001', Miejscowosc: 'Warszawa' } });

const billBody = (): IDataObject => {
	const { LiczOd: _pricing, ...body } = domesticBody(buyer('Klient Rachunku'));
	return { ...body, WpisDoKpir: 'NIE', Pozycje: [{ NazwaPelna: 'Usługa', Ilosc: 1, CenaJednostkowa: 300, Jednostka: 'szt.' }] };
};

const proformaBody = (): IDataObject => ({
	LiczOd: 'NET',
	TypFakturyKrajowej: 'SPRZ',
	NumerZamowienia: 'PICK-1',
	DataWystawienia: TODAY,
	SposobZaplaty: 'PRZ',
	RodzajPodpisuOdbiorcy: 'BPO',
	WidocznyNumerBdo: false,
	Numer: null,
	...buyer('Klient Pro Formy'),
	Pozycje: [{ NazwaPelna: 'Meble', Ilosc: 1, CenaJednostkowa: 100, Jednostka: 'szt.', StawkaVat: 0.23, TypStawkiVat: 'PRC' }],
});

describe('iFirma pickers, through n8n-core’s load-options context', () => {
	let recent: string;
	let older: { id: string; number: string };
	let bill: string;
	let proforma: { id: string; number: string };

	beforeAll(() => {
		ifirma.sandbox.addContractor({ Nazwa: 'Kwiaciarnia Róża', NIP: '5261040828', KodPocztowy: '00-100', Miejscowosc: 'Łódź', Identyfikator: 'ROZA' });
		ifirma.sandbox.addContractor({ Nazwa: 'Róża Wiatrów', KodPocztowy: '00-100', Miejscowosc: 'Łódź', Identyfikator: 'ROZA2' });
		recent = ifirma.sandbox.addDocument('fakturakraj', domesticBody(buyer('Dzisiejszy Klient'))).fullNumber;
		// Six weeks back: in the account's month of then, as the service requires of a sale.
		const then = daysBefore(TODAY, 42);
		ifirma.sandbox.setAccountingMonth(Number(then.slice(0, 4)), Number(then.slice(5, 7)));
		const issued = ifirma.sandbox.addDocument('fakturakraj', domesticBody({ ...buyer('Dawny Klient'), DataWystawienia: then, DataSprzedazy: then, Numer: 900 }));
		older = { id: issued.id, number: issued.fullNumber };
		ifirma.sandbox.setAccountingMonth(Number(TODAY.slice(0, 4)), Number(TODAY.slice(5, 7)));
		bill = ifirma.sandbox.addDocument('rachunekkraj', billBody()).fullNumber;
		const issuedProforma = ifirma.sandbox.addDocument('fakturaproformakraj', proformaBody());
		proforma = { id: issuedProforma.id, number: issuedProforma.fullNumber };
	});

	test('the client picker asks iFirma for the phrase and shows each client with its NIP', async () => {
		const found = await callListSearch('searchClients', picker({ resource: 'client', operation: 'get' }, 'Róża'));
		expect(lastRequest(ifirma.sandbox, 'GET', 'kontrahenci/').path).toBe(`/iapi/kontrahenci/${encodeURIComponent('Róża')}.json`);
		expect(found.results).toEqual([
			{ name: 'Kwiaciarnia Róża (5261040828)', value: 'ROZA' },
			{ name: 'Róża Wiatrów', value: 'ROZA2' },
		]);
	});

	test('the client picker answers no match with an empty list, and asks nothing until a phrase is typed', async () => {
		expect((await callListSearch('searchClients', picker({}, 'nobody-like-this'))).results).toEqual([]);
		const before = ifirma.sandbox.requests.length;
		expect(await callListSearch('searchClients', picker({}))).toEqual({ results: [] });
		expect(ifirma.sandbox.requests.length).toBe(before);
	});

	test('the invoice picker lists the newest first, window by window back for a year, until it has found enough', async () => {
		const before = ifirma.sandbox.requests.length;
		const found = await callListSearch('searchInvoices', picker({ resource: 'invoice', operation: 'get', documentType: 'fakturakraj' }));
		const windows = ifirma.sandbox.requests.slice(before).map((request) => request.query);
		expect(windows).toHaveLength(4);
		expect(windows[0]).toEqual({ dataOd: expect.any(String), dataDo: expect.any(String), typ: 'prz_faktura_kraj', strona: '1', iloscNaStronie: '100' });
		expect(String(windows[0].dataDo) >= TODAY && String(windows[0].dataOd) <= TODAY).toBe(true);
		windows.slice(1).forEach((window, index) => expect(window.dataDo).toBe(daysBefore(String(windows[index].dataOd), 1)));
		expect(String(windows[3].dataOd) <= daysBefore(TODAY, 364)).toBe(true);
		expect(found.results).toEqual([
			{ name: `${recent} (Dzisiejszy Klient, ${TODAY})`, value: expect.stringMatching(/^\d+$/) },
			{ name: `${older.number} (Dawny Klient, ${daysBefore(TODAY, 42)})`, value: older.id },
		]);
		expect(found.paginationToken).toBeUndefined();
	});

	test('the invoice picker finds by number or buyer, in whichever month the invoice is', async () => {
		const byNumber = await callListSearch('searchInvoices', picker({ resource: 'invoice', operation: 'get', documentType: 'fakturakraj' }, older.number));
		expect(byNumber.results).toEqual([{ name: expect.stringContaining('Dawny Klient'), value: older.id }]);
		const byBuyer = await callListSearch('searchInvoices', picker({ resource: 'invoice', operation: 'get', documentType: 'fakturakraj' }, 'dzisiejszy'));
		expect(byBuyer.results.map((entry) => entry.name)).toEqual([expect.stringContaining(recent)]);
	});

	test.each([
		['the chosen document type', { resource: 'invoice', operation: 'download', documentType: 'rachunekkraj' }, 'prz_rachunek_kraj'],
		['the paid invoice’s type', { resource: 'payment', operation: 'create', invoiceType: 'prz_rachunek_kraj' }, 'prz_rachunek_kraj'],
		['a correction, of a domestic invoice', { resource: 'invoice', operation: 'correct' }, 'prz_faktura_kraj'],
	])('the invoice picker lists only %s', async (_case, parameters, typeCode) => {
		const found = await callListSearch('searchInvoices', picker(parameters));
		expect(lastRequest(ifirma.sandbox, 'GET', 'faktury.json').query).toMatchObject({ typ: typeCode });
		expect(found.results.map((entry) => entry.name).some((name) => name.startsWith(`${bill} (Klient Rachunku`))).toBe(typeCode === 'prz_rachunek_kraj');
	});

	test('a document type without a list code is not narrowed', async () => {
		await callListSearch('searchInvoices', picker({ resource: 'invoice', operation: 'get', documentType: 'fakturawaluta' }));
		expect(lastRequest(ifirma.sandbox, 'GET', 'faktury.json').query).not.toHaveProperty('typ');
	});

	test('the pro forma picker reads the pro formas’ own list', async () => {
		const found = await callListSearch('searchProformas', picker({ resource: 'proforma', operation: 'get' }));
		expect(lastRequest(ifirma.sandbox, 'GET', 'proformy.json').query).not.toHaveProperty('typ');
		expect(found.results).toEqual([{ name: `${proforma.number} (Klient Pro Formy, ${TODAY})`, value: proforma.id }]);
	});

	test('what a picker stores, and an ID or number typed instead, reach the same addresses', async () => {
		const [picked] = await ifirma.json({ resource: 'invoice', operation: 'get', documentType: 'fakturakraj', documentId: { __rl: true, mode: 'list', value: older.id } });
		expect(lastRequest(ifirma.sandbox, 'GET', 'fakturakraj/').path).toBe(`/iapi/fakturakraj/${older.id}.json`);
		expect(picked).toMatchObject({ number: older.number });

		await ifirma.json({ resource: 'invoice', operation: 'get', documentType: 'fakturakraj', documentId: { __rl: true, mode: 'number', value: older.number } });
		expect(lastRequest(ifirma.sandbox, 'GET', 'fakturakraj/').path).toBe(`/iapi/fakturakraj/${older.number.replace(/\//g, '_')}.json`);

		await ifirma.json({ resource: 'proforma', operation: 'get', documentId: { __rl: true, mode: 'id', value: proforma.id } });
		expect(lastRequest(ifirma.sandbox, 'GET', 'fakturaproformakraj/').path).toBe(`/iapi/fakturaproformakraj/${proforma.id}.json`);

		const [client] = await ifirma.json({ resource: 'client', operation: 'get', contractorId: { __rl: true, mode: 'list', value: 'ROZA' } });
		expect(client).toMatchObject({ id: 'ROZA', name: 'Kwiaciarnia Róża' });
	});

	test('a client picked as a list filter goes as the client filter', async () => {
		await ifirma.json({
			resource: 'invoice',
			operation: 'getMany',
			issuedFrom: TODAY,
			limit: 1,
			filters: { contractorId: { __rl: true, mode: 'list', value: 'ROZA' } },
		});
		expect(lastRequest(ifirma.sandbox, 'GET', 'faktury.json').query).toMatchObject({ kontrahent: 'ROZA' });
	});

	test('an ID that is not one is refused before sending, naming the record', async () => {
		const run = await ifirma.refusedBeforeSending({ resource: 'invoice', operation: 'get', documentType: 'fakturakraj', documentId: { __rl: true, mode: 'id', value: '={{ $json.missing }}' } });
		expect(run.error?.message).toBe('Invoice is required');
		const tooLong = await ifirma.refusedBeforeSending({ resource: 'client', operation: 'get', contractorId: { __rl: true, mode: 'id', value: '={{ "X".repeat(16) }}' } });
		expect(tooLong.error?.message).toBe(`Client must be at most 15 characters, got "${'X'.repeat(16)}"`);
	});

	test('a full page hands the editor a token for the next page of the same month', async () => {
		for (let index = 0; index < 100; index++) ifirma.sandbox.addDocument('fakturakraj', domesticBody(buyer(`Hurt ${index}`)));
		const first = await callListSearch('searchInvoices', picker({ resource: 'invoice', operation: 'get', documentType: 'fakturakraj' }));
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('0:2');
		await callListSearch('searchInvoices', picker({ resource: 'invoice', operation: 'get', documentType: 'fakturakraj' }, undefined, String(first.paginationToken)));
		expect(ifirma.sandbox.requests.find((request) => request.path === '/iapi/faktury.json' && request.query.strona === '2')?.query).toMatchObject({
			strona: '2',
			iloscNaStronie: '100',
		});
	}, 30_000);
});
