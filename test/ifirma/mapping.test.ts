import { UnsupportedValueError } from '../../nodes/core/canonical';
import { correctionBody, paymentBody, sendBody, sendQuery } from '../../nodes/IFirma/mapping/actions';
import { flatTaxRateToIfirma, paymentMethodToIfirma, vatRateFromIfirma, vatRateToIfirma } from '../../nodes/IFirma/mapping/codes';
import { contractorOf, replacementOf } from '../../nodes/IFirma/mapping/contractor';
import type { DocumentDraft } from '../../nodes/IFirma/mapping/document';
import { documentBody, documentRef, simplifyDocument } from '../../nodes/IFirma/mapping/document';
import { BILL, DOMESTIC_INVOICE, PROFORMA, SERVICE_EXPORT } from '../../nodes/IFirma/mapping/documentTypes';
import { lineOf } from '../../nodes/IFirma/mapping/lines';
import { listQuery, proformaRefsOfOrder } from '../../nodes/IFirma/mapping/lists';

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
		expect(lineOf({ name: 'A', quantity: '2.5', unit: 'kg', unitGrossPrice: '12.30', vatRate: '8', discountPercent: '5' }, 1, 'gross', DOMESTIC_INVOICE)).toEqual({
			NazwaPelna: 'A',
			Ilosc: 2.5,
			CenaJednostkowa: 12.3,
			Jednostka: 'kg',
			StawkaVat: 0.08,
			TypStawkiVat: 'PRC',
			Rabat: 5,
		});
	});

	test('a flat tax rate goes as the documented fraction, and a second-language name where the type prints one', () => {
		const line = { name: 'Neseser', unit: 'sztuk', quantity: '3', unitNetPrice: '47.14', vatRate: '23', flatTaxRate: '8,5 %', foreignName: 'Briefcase', foreignUnit: 'pcs' };
		expect(lineOf(line, 1, 'net', PROFORMA)).toEqual({
			NazwaPelna: 'Neseser',
			Ilosc: 3,
			CenaJednostkowa: 47.14,
			Jednostka: 'sztuk',
			StawkaVat: 0.23,
			TypStawkiVat: 'PRC',
			StawkaRyczaltu: 0.085,
			NazwaPelnaObca: 'Briefcase',
			JednostkaObca: 'pcs',
		});
		expect(lineOf({ ...line, foreignName: undefined, foreignUnit: undefined }, 1, 'net', DOMESTIC_INVOICE)).toMatchObject({ StawkaRyczaltu: 0.085 });
		expect(() => lineOf(line, 2, 'net', DOMESTIC_INVOICE)).toThrow('Line item 2: Foreign Name does not apply to a Domestic VAT Invoice');
		expect(() => lineOf({ ...line, foreignName: 'N'.repeat(301) }, 1, 'net', SERVICE_EXPORT)).toThrow('Line item 1: Foreign Name must be at most 300 characters long');
	});

	test('every documented flat tax rate, and nothing else', () => {
		expect(['3', '5.5', '8.5', '10', '12', '12.5', '14', '15', '17'].map((rate) => flatTaxRateToIfirma(rate, 'Flat Tax Rate (%)'))).toEqual([
			0.03, 0.055, 0.085, 0.1, 0.12, 0.125, 0.14, 0.15, 0.17,
		]);
		expect(flatTaxRateToIfirma('12.50', 'Rate')).toBe(0.125);
		expect(() => flatTaxRateToIfirma('0.85', 'Line item 1: Flat Tax Rate (%)')).toThrow(
			'Line item 1: Flat Tax Rate (%) must be one of 3, 5.5, 8.5, 10, 12, 12.5, 14, 15, 17 (got "0.85")',
		);
	});

	test('what iFirma cannot take is named with its line', () => {
		expect(() => lineOf({ name: 'A', unit: 'szt.', unitNetPrice: '1', vatRate: 'np' }, 2, 'net', DOMESTIC_INVOICE)).toThrow(/^Line item 2: /);
		expect(() => lineOf({ name: 'A', unit: 'szt.', unitNetPrice: '1' }, 1, 'net', DOMESTIC_INVOICE)).toThrow('Line item 1: VAT Rate is required');
		expect(() => lineOf({ name: 'A', unit: 'szt.', unitNetPrice: '1', vatRate: '23' }, 1, 'net', BILL)).toThrow('a bill carries no VAT');
		expect(() => lineOf({ name: 'A', unit: 'szt.', unitNetPrice: '12345678901234567', vatRate: '23' }, 1, 'net', DOMESTIC_INVOICE)).toThrow(
			'Line item 1: Unit Net Price must be',
		);
	});

	test('a client maps to the contractor fields; absent values are absent', () => {
		expect(contractorOf({ name: 'X', city: 'Kraków', isPerson: false, euPrefix: 'DE', isSupplier: true })).toEqual({
			Nazwa: 'X',
			Miejscowosc: 'Kraków',
			OsobaFizyczna: false,
			PrefiksUE: 'DE',
			JestDostawca: true,
		});
	});

	test('an update sends the whole record back with the changes over it, and nothing read-only', () => {
		const current = { Nazwa: 'Stary', Identyfikator: 'S1', Email: 'a@example.com', Telefon: '500', ZgodaNaEfaktury: true };
		expect(replacementOf(current, { email: 'b@example.com' })).toEqual({ Nazwa: 'Stary', Identyfikator: 'S1', Email: 'b@example.com', Telefon: '500' });
	});

	test('a draft becomes the documented body: a sale for an invoice, a pro forma’s terms for a pro forma', () => {
		const draft: DocumentDraft = {
			type: DOMESTIC_INVOICE,
			pricing: 'net',
			issueDate: '2026-11-21',
			paymentMethod: 'cashOnDelivery',
			buyer: { by: 'taxId', taxId: '6272616681', euPrefix: 'PL' },
			lines: [{ name: 'A', quantity: '1', unit: 'szt.', unitNetPrice: '10', vatRate: '23' }],
			paid: '5.50',
			notes: 'Uwagi',
		};
		expect(documentBody(draft)).toEqual({
			LiczOd: 'NET',
			DataWystawienia: '2026-11-21',
			DataSprzedazy: '2026-11-21',
			FormatDatySprzedazy: 'DZN',
			Zaplacono: 5.5,
			ZaplaconoNaDokumencie: 5.5,
			SposobZaplaty: 'POB',
			RodzajPodpisuOdbiorcy: 'BPO',
			WidocznyNumerBdo: false,
			Numer: null,
			Uwagi: 'Uwagi',
			NIPKontrahenta: '6272616681',
			PrefiksUEKontrahenta: 'PL',
			Pozycje: [{ NazwaPelna: 'A', Ilosc: 1, CenaJednostkowa: 10, Jednostka: 'szt.', StawkaVat: 0.23, TypStawkiVat: 'PRC' }],
		});
		const proforma = documentBody({ ...draft, type: PROFORMA, proforma: { kind: 'SPRZ', orderNumber: 'Z-1' }, buyer: { by: 'client', identifier: 'ACME' } });
		expect(proforma).toMatchObject({ TypFakturyKrajowej: 'SPRZ', NumerZamowienia: 'Z-1', IdentyfikatorKontrahenta: 'ACME' });
		expect(proforma).not.toHaveProperty('DataSprzedazy');
		expect(proforma).not.toHaveProperty('Zaplacono');
	});

	test('list filters, sends and payments under the service’s names', () => {
		expect(listQuery({ issuedFrom: '2026-11-01', statuses: [], clientIdentifier: 'ACME', amountTo: 10.5 })).toEqual({ dataOd: '2026-11-01', kontrahent: 'ACME', kwotaDo: 10.5 });
		expect(sendBody({ recipient: 'a@example.com', includeTransferDetails: false })).toEqual({ SkrzynkaEmailOdbiorcy: 'a@example.com', Przelew: false });
		expect(sendQuery({ alsoByPost: false, alsoAsEInvoice: true })).toEqual({ wyslijEfaktura: true });
		expect(paymentBody({ amount: 10, exchangeRate: 4.3 })).toEqual({ Kwota: 10, Kurs: 4.3 });
		expect(correctionBody({ reason: 'POMYLKI', issueDate: '2026-11-21', lines: [] })).toEqual({ PowodKorekty: 'POMYLKI', DataWystawienia: '2026-11-21', Pozycje: [] });
	});

	test('the order search’s pro formas by identifier, or by number where it gives none', () => {
		const found = { Wynik: [{ Typ: 'PROFORMA', Identyfikator: '7', PelnyNumer: '1/2026' }, { Typ: 'FAKTURA_KRAJ', Identyfikator: '8' }, { Typ: 'PROFORMA', PelnyNumer: '2/2026' }] };
		expect(proformaRefsOfOrder(found)).toEqual(['7', '2_2026']);
	});

	test('a list entry simplifies from its flat buyer fields and its type code', () => {
		expect(
			simplifyDocument({ FakturaId: 5, PelnyNumer: '5/2026', Rodzaj: 'prz_rachunek_kraj', Brutto: 300, Netto: 300, Zaplacono: 0, KontrahentNazwa: 'Y', NIPKontrahenta: '1' }),
		).toMatchObject({ id: '5', number: '5/2026', kind: 'bill', gross: '300.00', paid: '0.00', buyer: { name: 'Y', taxId: '1', city: null }, items: [] });
		expect(simplifyDocument({ PelnyNumer: '1/2026' }, PROFORMA).kind).toBe('proforma');
		expect(simplifyDocument({ PelnyNumer: '1/2026', Rodzaj: 'unknown' }).kind).toBeNull();
	});
});

describe('iFirma codes', () => {
	test('VAT: percentages as a fraction with PRC, as in the documented 0.23 + PRC, without float artefacts', () => {
		expect(vatRateToIfirma('23')).toEqual({ rate: 0.23, type: 'PRC' });
		expect(vatRateToIfirma('8')).toEqual({ rate: 0.08, type: 'PRC' });
		expect(vatRateToIfirma('5')).toEqual({ rate: 0.05, type: 'PRC' });
		expect(vatRateToIfirma('0')).toEqual({ rate: 0, type: 'PRC' });
		expect(JSON.stringify(vatRateToIfirma('7'))).toBe('{"rate":0.07,"type":"PRC"}');
		expect(vatRateToIfirma('zw')).toEqual({ rate: null, type: 'ZW' });
	});

	test('VAT: np, which iFirma does not offer, is refused and said so', () => {
		expect(() => vatRateToIfirma('np')).toThrow(UnsupportedValueError);
		expect(() => vatRateToIfirma('np')).toThrow('iFirma does not support the VAT rate "np": iFirma offers percentage rates and "zw" (exempt) only');
	});

	test('VAT: the pair read back, and pairs without a whole canonical percentage refused', () => {
		expect(vatRateFromIfirma(0.23, 'PRC')).toBe('23');
		expect(vatRateFromIfirma('0.08', 'prc')).toBe('8');
		expect(vatRateFromIfirma('0.00', 'PRC')).toBe('0');
		expect(vatRateFromIfirma(1, 'PRC')).toBe('100');
		expect(vatRateFromIfirma(null, 'ZW')).toBe('zw');
		expect(vatRateFromIfirma(undefined, undefined)).toBeNull();
		expect(() => vatRateFromIfirma(0.055, 'PRC')).toThrow(UnsupportedValueError);
		expect(() => vatRateFromIfirma(1.5, 'PRC')).toThrow(UnsupportedValueError);
		expect(() => vatRateFromIfirma(null, 'PRC')).toThrow(UnsupportedValueError);
		expect(() => vatRateFromIfirma(0.23, 'XYZ')).toThrow(UnsupportedValueError);
	});

	test.each([
		['transfer', 'PRZ'],
		['cash', 'GTK'],
		['card', 'KAR'],
		['cashOnDelivery', 'POB'],
		['cheque', 'CZK'],
		['barter', 'BAR'],
		['compensation', 'KOM'],
		['CashOnDelivery', 'POB'],
	])('payment method %s is %s', (method, code) => {
		expect(paymentMethodToIfirma(method)).toBe(code);
	});

	test('iFirma has no "other" payment method, and says so', () => {
		expect(() => paymentMethodToIfirma('other')).toThrow('iFirma does not support the payment method "other"');
		expect(() => paymentMethodToIfirma('bitcoin')).toThrow('Payment Method must be one of');
	});
});
