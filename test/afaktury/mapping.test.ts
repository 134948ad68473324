import { configPrint, messageBody, paymentDate } from '../../nodes/Afaktury/mapping/actions';
import { describeEntries, dictionaryEntries, dictionaryOption, findEntry } from '../../nodes/Afaktury/mapping/dictionaries';
import { documentBody, documentListItem, foreignId, lineBody, partyBody, sellerFromDataSet, simplifyDocument } from '../../nodes/Afaktury/mapping/document';
import { readEnvelope, refusalMessage } from '../../nodes/Afaktury/mapping/envelope';
import { listQuery } from '../../nodes/Afaktury/mapping/list';
import { actionPath, DOCUMENT_TYPE_OPTIONS, kindOf, listPath } from '../../nodes/Afaktury/mapping/modules';
import { simplifyProduct } from '../../nodes/Afaktury/mapping/product';

describe('Afaktury envelope', () => {
	test('records come from `return`, a single one as a list or alone, with the page count', () => {
		expect(readEnvelope({ result: true, errors: [], messages: ['Objects read'], return: [{ hash: 'a' }], pages: 3 })).toEqual({
			result: true,
			errors: [],
			messages: ['Objects read'],
			records: [{ hash: 'a' }],
			pages: 3,
		});
		expect(readEnvelope({ result: true, return: { hash: 'b' } })?.records).toEqual([{ hash: 'b' }]);
		expect(readEnvelope({ result: true })?.records).toEqual([]);
	});

	test('a refusal keeps every error; anything without a boolean `result` is not Afaktury\'s answer', () => {
		const refused = readEnvelope({ result: false, errors: ['number: This field cannot be empty', 'data: This field cannot be empty'], messages: [] });
		expect(refused?.result).toBe(false);
		expect(refusalMessage(refused!)).toBe('number: This field cannot be empty; data: This field cannot be empty');
		expect(refusalMessage(readEnvelope({ result: false })!)).toBe('Afaktury refused the request without saying why');
		expect(readEnvelope({ status: 'ok' })).toBeUndefined();
		expect(readEnvelope([{ result: true }])).toBeUndefined();
		expect(readEnvelope('<html>')).toBeUndefined();
	});
});

describe('Afaktury dictionaries', () => {
	const vat = dictionaryEntries([{ id: 1, name: '23%', value: '23' }, { id: 5, name: 'zw', value: 'zw' }, { id: 'x', name: 'broken' }]);
	const payKinds = dictionaryEntries([{ id: 1, name: 'przelew' }, { id: 2, name: 'Gotówka' }, { id: 3, name: 'karta płatnicza' }]);
	const payTimes = dictionaryEntries([{ id: 2, name: '14 dni', days: 14 }]);
	const dataSets = dictionaryEntries([{ id: 4, name: 'Firma', nip: '526-025-02-74' }]);

	test('an entry without a numeric id is left out', () => {
		expect(vat.map((entry) => entry.id)).toEqual([1, 5]);
	});

	test('canonical values find the account\'s entries', () => {
		expect(findEntry('vat', vat, '23')?.id).toBe(1);
		expect(findEntry('vat', vat, '23%')?.id).toBe(1);
		expect(findEntry('vat', vat, ' ZW ')?.id).toBe(5);
		expect(findEntry('vat', vat, '8')).toBeUndefined();
		expect(findEntry('payKind', payKinds, 'transfer')?.id).toBe(1);
		expect(findEntry('payKind', payKinds, 'cash')?.id).toBe(2);
		expect(findEntry('payKind', payKinds, 'card')?.id).toBe(3);
		expect(findEntry('payKind', payKinds, 'gotówka')?.id).toBe(2);
		expect(findEntry('payKind', payKinds, 'cheque')).toBeUndefined();
		expect(findEntry('payTime', payTimes, '14')?.id).toBe(2);
		expect(findEntry('payTime', payTimes, '14 days')?.id).toBe(2);
		expect(findEntry('payTime', payTimes, '7')).toBeUndefined();
		expect(findEntry('data', dataSets, '5260250274')?.id).toBe(4);
		expect(findEntry('data', dataSets, 'firma')?.id).toBe(4);
	});

	test('dropdown entries show the account\'s names and stand for the canonical values', () => {
		expect(vat.map((entry) => dictionaryOption('vat', entry))).toEqual([{ name: '23%', value: '23' }, { name: 'zw', value: 'zw' }]);
		expect(dictionaryOption('payTime', payTimes[0])).toEqual({ name: '14 dni', value: '14' });
		expect(payKinds.map((entry) => dictionaryOption('payKind', entry).value)).toEqual(['transfer', 'cash', 'card']);
		expect(dictionaryOption('payKind', dictionaryEntries([{ id: 9, name: 'Blik' }])[0])).toEqual({ name: 'Blik', value: 'Blik' });
		expect(describeEntries('vat', vat)).toBe('The account has: 23, zw.');
		expect(describeEntries('unit', [])).toBe('The account has no entries in it.');
	});
});

describe('Afaktury documents', () => {
	test('the modules and their kinds; third-party modules say so', () => {
		expect(DOCUMENT_TYPE_OPTIONS.map((option) => option.value)).toEqual(['invoice', 'invoicerr', 'corrective', 'proforma', 'bill', 'invoicenovat', 'invoicemargin']);
		expect(DOCUMENT_TYPE_OPTIONS.filter((option) => option.description !== undefined).map((option) => option.value)).toEqual(['proforma', 'bill', 'invoicenovat', 'invoicemargin']);
		expect(kindOf('invoicerr')).toBe('vatRr');
		expect(kindOf('invoicenovat')).toBeNull();
		expect(listPath('bill')).toBe('/bill/list');
		expect(actionPath('corrective', 'sendreminder')).toBe('/corrective/sendreminder');
	});

	test('only the fields given get Afaktury\'s names', () => {
		expect(documentBody({ number: '1/2026', issueDate: '2026-01-31', orderNumber: 'A-1', dataSetId: 1, paymentTermId: 2, notes: '' })).toEqual({
			number: '1/2026',
			dateCreate: '2026-01-31',
			noOrder: 'A-1',
			data: 1,
			payTime: 2,
		});
	});

	test('parties: the seller is its data set\'s name and NIP unless given', () => {
		expect(partyBody({ name: 'Kupiec', taxId: '123', email: 'a@b.pl', isVatPayer: false, bankAccount: '  ' })).toEqual({ name: 'Kupiec', nip: '123', mail: 'a@b.pl', isVATPayer: 0 });
		expect(sellerFromDataSet({ name: 'Firma', nip: '526' }, { bankAccount: '01 23' })).toEqual({ name: 'Firma', nip: '526', bankAccountFirstNumber: '01 23' });
		expect(sellerFromDataSet({ name: 'Firma', nip: '526' }, { name: 'Oddział' })).toEqual({ name: 'Oddział', nip: '526' });
	});

	test('a line carries the net or the gross unit price, never both', () => {
		expect(lineBody({ name: 'A', quantity: 2, unitNetPrice: 10.5, unitGrossPrice: 12, vatId: 1, unitId: 1 })).toEqual({ name: 'A', amount: 2, netto: 10.5, vat: 1, unit: 1 });
		expect(lineBody({ name: 'B', quantity: 1, unitGrossPrice: 12.3, vatId: 2, unitId: 3, productId: 7, classification: '62.01' })).toEqual({
			name: 'B',
			amount: 1,
			brutto: 12.3,
			vat: 2,
			unit: 3,
			product: 7,
			pkwiu: '62.01',
		});
	});

	test('foreign keys are read as objects or as they were sent', () => {
		expect(foreignId({ id: 3 })).toBe(3);
		expect(foreignId({ id: null })).toBeUndefined();
		expect(foreignId(4)).toBe(4);
		expect(foreignId(undefined)).toBeUndefined();
	});

	test('Simplify keeps the money as Afaktury wrote it and names dictionary ids by their values', () => {
		const names = { currency: (id?: number) => (id === 1 ? 'PLN' : undefined), vatRate: (id?: number) => (id === 1 ? '23' : undefined), unit: () => 'szt.' };
		const simple = simplifyDocument(
			'invoice',
			{
				id: 17,
				hash: 'abcdefghij',
				number: '1/01/2026',
				dateCreate: '2026-01-31',
				dateSell: '2026-01-30 00:00:00',
				currency: { id: 1 },
				netto: '100.10',
				vat: '23.02',
				brutto: '123.12',
				payed: '0.00',
				personBuy: { name: 'Kupiec', nip: '5260250274' },
				products: [{ name: 'A', amount: '1.00000', netto: '100.10', vat: { id: 1 }, unit: { id: 1 } }],
			},
			names,
		);
		expect(simple).toEqual({
			id: 'abcdefghij',
			number: '1/01/2026',
			kind: 'vat',
			status: null,
			issueDate: '2026-01-31',
			saleDate: '2026-01-30',
			dueDate: null,
			currency: 'PLN',
			net: '100.10',
			vat: '23.02',
			gross: '123.12',
			paid: '0.00',
			buyer: { name: 'Kupiec', taxId: '5260250274', city: null },
			items: [{ name: 'A', quantity: '1', unit: 'szt.', unitNetPrice: '100.10', vatRate: '23', gross: null }],
			provider: 'afaktury',
		});
		expect(documentListItem({ hash: 'abcdefghij', number: '1/01/2026', dateCreate: '2026-01-31', personBuy: { name: 'Kupiec' } })).toEqual({
			name: '1/01/2026 (Kupiec, 2026-01-31)',
			value: 'abcdefghij',
		});
	});

	test('a catalogue product in the shared shape', () => {
		expect(simplifyProduct({ id: 3, name: 'Konsultacja', productNumber: 'K-1', netto: '150.00' }, '23', 'godz.')).toEqual({
			id: '3',
			name: 'Konsultacja',
			code: 'K-1',
			unitNetPrice: '150.00',
			vatRate: '23',
			unit: 'godz.',
		});
	});
});

describe('Afaktury lists and actions', () => {
	test('list filters under the service\'s names', () => {
		expect(listQuery({ phrase: 'x', dateFrom: '2026-01-01', paymentStatus: 'overdue', sortDescending: false, clientId: 5 })).toEqual({
			phrase: 'x',
			dateBegin: '2026-01-01',
			client: 5,
			payedKind: 3,
			sortDir: 'a',
		});
		expect(listQuery({})).toEqual({});
	});

	test('print flags as 0/1, only those given', () => {
		expect(configPrint({ showPrice: true, visibleSign: false, unknown: true })).toEqual({ showPrice: 1, visibleSign: 0 });
		expect(configPrint({})).toBeUndefined();
	});

	test('payment dates as YYYY-MM-DD HH:MM:SS', () => {
		expect(paymentDate('2026-01-31')).toBe('2026-01-31 12:00:00');
		expect(paymentDate('2026-01-31T08:15')).toBe('2026-01-31 08:15:00');
		expect(paymentDate('2026-01-31 08:15:09')).toBe('2026-01-31 08:15:09');
		expect(() => paymentDate('31.01.2026')).toThrow('Payment Date must be a date');
	});

	test('message fields given, by the service\'s names', () => {
		expect(messageBody({ email: 'a@b.pl', subject: 'S', sendCopyToMe: false })).toEqual({ mail: 'a@b.pl', title: 'S', sendToMe: 0 });
	});
});
