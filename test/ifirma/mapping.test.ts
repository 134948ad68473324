import { contractorOf, documentRef, lineOf, simplifyDocument } from '../../nodes/IFirma/mapping';
import { documentType } from '../../nodes/IFirma/documentTypes';

describe('iFirma mapping', () => {
	test('invoice numbers take underscores in URLs; identifiers stay as they are', () => {
		expect(documentRef('314/2014')).toBe('314_2014');
		expect(documentRef(' KOR/1/2026 ')).toBe('KOR_1_2026');
		expect(documentRef('3654778')).toBe('3654778');
		expect(() => documentRef('1 2026')).toThrow('is not an ifirma identifier or invoice number');
		expect(() => documentRef('1?typ=dup')).toThrow('is not an ifirma identifier or invoice number');
		expect(() => documentRef('  ')).toThrow('Document ID or Number is required');
	});

	test('a line becomes Pozycje with numbers where the docs say Number', () => {
		expect(lineOf({ name: 'A', quantity: '2.5', unit: 'kg', unitGrossPrice: '12.30', vatRate: '8', discountPercent: '5' }, 1, 'gross', false)).toEqual({
			NazwaPelna: 'A',
			Ilosc: 2.5,
			CenaJednostkowa: 12.3,
			Jednostka: 'kg',
			StawkaVat: 0.08,
			TypStawkiVat: 'PRC',
			Rabat: 5,
		});
	});

	test('what ifirma cannot take is named with its line', () => {
		expect(() => lineOf({ name: 'A', unit: 'szt.', unitNetPrice: '1', vatRate: 'np' }, 2, 'net', false)).toThrow(/^Line item 2: /);
		expect(() => lineOf({ name: 'A', unit: 'szt.', unitNetPrice: '1' }, 1, 'net', false)).toThrow('Line item 1: VAT Rate is required');
		expect(() => lineOf({ name: 'A', unit: 'szt.', unitNetPrice: '1', vatRate: '23' }, 1, 'net', true)).toThrow('a bill carries no VAT');
		expect(() => lineOf({ name: 'A', unit: 'szt.', unitNetPrice: '12345678901234567', vatRate: '23' }, 1, 'net', false)).toThrow(
			'Line item 1: Unit Net Price must be',
		);
	});

	test('a party maps to the contractor fields; absent values are absent', () => {
		expect(contractorOf({ name: 'X', city: 'Kraków', isPerson: false }, { PrefiksUE: 'DE' })).toEqual({
			Nazwa: 'X',
			Miejscowosc: 'Kraków',
			OsobaFizyczna: false,
			PrefiksUE: 'DE',
		});
	});

	test('a list entry simplifies from its flat buyer fields and its type code', () => {
		expect(
			simplifyDocument({ FakturaId: 5, PelnyNumer: '5/2026', Rodzaj: 'prz_rachunek_kraj', Brutto: 300, Netto: 300, Zaplacono: 0, KontrahentNazwa: 'Y', NIPKontrahenta: '1' }),
		).toMatchObject({ id: '5', number: '5/2026', kind: 'bill', gross: '300.00', paid: '0.00', buyer: { name: 'Y', taxId: '1', city: null }, items: [] });
		expect(simplifyDocument({ PelnyNumer: '1/2026' }, documentType('fakturaproformakraj')).kind).toBe('proforma');
		expect(simplifyDocument({ PelnyNumer: '1/2026', Rodzaj: 'unknown' }).kind).toBeNull();
	});
});
