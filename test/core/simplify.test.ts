import {
	InvalidValueError,
	buildSimpleClient,
	buildSimpleInvoice,
	buildSimpleProduct,
} from '../../nodes/core/canonical';

describe('buildSimpleInvoice', () => {
	it('gives every key, with null for what the service did not say', () => {
		expect(buildSimpleInvoice('invbg', { id: 42, number: '0000000015' })).toEqual({
			id: '42',
			number: '0000000015',
			kind: null,
			status: null,
			issueDate: null,
			saleDate: null,
			dueDate: null,
			currency: null,
			net: null,
			vat: null,
			gross: null,
			paid: null,
			buyer: { name: null, taxId: null, city: null },
			items: [],
			provider: 'invbg',
		});
	});

	it('turns the documented inFakt v2 list record into canonical values', () => {
		const record = {
			invoice_id: 1,
			numer: '1/12/2010',
			rodzaj_faktury: 'Faktura VAT',
			status: 'zapłacona',
			data_wystawienia: '2010-12-15',
			data_sprzedazy: '2010-12-15',
			termin_zaplaty: '2010-12-22',
			waluta: 'PLN',
			razem_netto: 100.0,
			razem_vat: 22.0,
			razem_brutto: 122.0,
			zaplacono: 122.0,
			client_nazwa_firmy: 'Klient A',
			client_nip: '5215922894',
			client_miejscowosc: 'Kraków',
			services: [{ nazwa: 'Produkt A', ilosc: '1.0', jm: '', cena_netto: 100.0, stawka_vat: '', wartosc_brutto: 122.0 }],
		};
		const simple = buildSimpleInvoice('infakt', {
			id: record.invoice_id,
			number: record.numer,
			kind: 'vat',
			status: record.status,
			issueDate: record.data_wystawienia,
			saleDate: record.data_sprzedazy,
			dueDate: record.termin_zaplaty,
			currency: record.waluta,
			net: record.razem_netto,
			vat: record.razem_vat,
			gross: record.razem_brutto,
			paid: record.zaplacono,
			buyer: { name: record.client_nazwa_firmy, taxId: record.client_nip, city: record.client_miejscowosc },
			items: record.services.map((line) => ({
				name: line.nazwa,
				quantity: line.ilosc,
				unit: line.jm,
				unitNetPrice: line.cena_netto,
				vatRate: line.stawka_vat === '' ? null : line.stawka_vat,
				gross: line.wartosc_brutto,
			})),
		});
		expect(simple).toEqual({
			id: '1',
			number: '1/12/2010',
			kind: 'vat',
			status: 'zapłacona',
			issueDate: '2010-12-15',
			saleDate: '2010-12-15',
			dueDate: '2010-12-22',
			currency: 'PLN',
			net: '100.00',
			vat: '22.00',
			gross: '122.00',
			paid: '122.00',
			buyer: { name: 'Klient A', taxId: '5215922894', city: 'Kraków' },
			items: [{ name: 'Produkt A', quantity: '1', unit: null, unitNetPrice: '100.00', vatRate: null, gross: '122.00' }],
			provider: 'infakt',
		});
	});

	it('keeps BitFaktura’s string amounts exact and cuts its timestamps to dates', () => {
		const simple = buildSimpleInvoice('bitfaktura', {
			gross: '10.23',
			paid: '0.0',
			issueDate: '2018-01-03T12:05:09.017+01:00',
		});
		expect(simple).toMatchObject({ gross: '10.23', paid: '0.00', issueDate: '2018-01-03' });
	});

	it('keeps leading zeros of tax ids and numbers', () => {
		const simple = buildSimpleInvoice('invbg', { number: '0000000015', buyer: { taxId: '0012345678' } });
		expect(simple.number).toBe('0000000015');
		expect(simple.buyer.taxId).toBe('0012345678');
	});

	it('includes the raw record only when given one', () => {
		const raw = { id: 7 };
		expect(buildSimpleInvoice('bitfaktura', { raw }).raw).toBe(raw);
		expect('raw' in buildSimpleInvoice('bitfaktura', {})).toBe(false);
	});

	it('refuses an amount or a date it cannot read rather than passing it on', () => {
		expect(() => buildSimpleInvoice('afaktury', { gross: 'n/a' })).toThrow(InvalidValueError);
		expect(() => buildSimpleInvoice('afaktury', { issueDate: '0000-00-00' })).toThrow(/issueDate/);
	});
});

describe('buildSimpleClient', () => {
	it('gives the same keys from every service, empty strings read as null', () => {
		expect(buildSimpleClient({ id: 310947, name: 'Klient A', taxId: '5215922894', street: 'Krakowska', city: 'Kraków', email: '' })).toEqual({
			id: '310947',
			name: 'Klient A',
			taxId: '5215922894',
			street: 'Krakowska',
			city: 'Kraków',
			postCode: null,
			country: null,
			email: null,
			phone: null,
		});
	});
});

describe('buildSimpleProduct', () => {
	it('gives the same keys from every service with canonical prices', () => {
		expect(buildSimpleProduct({ id: '12', name: 'Produkt X1', unitNetPrice: '58.320', vatRate: '23' })).toEqual({
			id: '12',
			name: 'Produkt X1',
			code: null,
			unitNetPrice: '58.32',
			vatRate: '23',
			unit: null,
		});
	});
});
