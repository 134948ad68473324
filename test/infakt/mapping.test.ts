import { paymentMethodOf, PRINT_TYPES, VAT_RATES } from '../../nodes/Infakt/mapping/codes';
import { clientOf, simplifyClient } from '../../nodes/Infakt/mapping/client';
import { describeErrors, fieldLabel } from '../../nodes/Infakt/mapping/fields';
import { checkLine, inlineBuyerOf, invoiceFieldsOf, serviceOf, simplifyInvoice } from '../../nodes/Infakt/mapping/invoice';
import { invoiceListQuery, readListPage } from '../../nodes/Infakt/mapping/list';
import { fromGrosze, lineGrossGrosze, toGrosze } from '../../nodes/Infakt/mapping/money';
import { productOf, simplifyProduct } from '../../nodes/Infakt/mapping/product';
import { vatRateOption } from '../../nodes/Infakt/mapping/reference';
import { readTask } from '../../nodes/Infakt/mapping/task';

describe('inFakt money in grosze', () => {
	test('decimals go to whole grosze by moving the point, never through a float', () => {
		expect(toGrosze('0.1', 'Price')).toBe(10);
		expect(toGrosze('1234.56', 'Price')).toBe(123456);
		expect(toGrosze('19,99', 'Price')).toBe(1999);
		expect(toGrosze('0.29', 'Price')).toBe(29);
		expect(toGrosze('1000000', 'Price')).toBe(100000000);
	});

	test('a third decimal place or a negative price is refused, not rounded', () => {
		expect(() => toGrosze('10.005', 'Unit Net Price')).toThrow(/Unit Net Price must be a number of 0 or more with at most 2 decimal places/);
		expect(() => toGrosze('-1', 'Unit Net Price')).toThrow(/Unit Net Price/);
	});

	test('grosze come back as decimals with two places; absent stays null', () => {
		expect(fromGrosze(123456, 'net')).toBe('1234.56');
		expect(fromGrosze(5, 'net')).toBe('0.05');
		expect(fromGrosze(0, 'net')).toBe('0.00');
		expect(fromGrosze(-1230, 'net')).toBe('-12.30');
		expect(fromGrosze(null, 'net')).toBeNull();
		expect(() => fromGrosze(12.5, 'net')).toThrow(/whole number of minor units/);
	});

	test('a gross line is its unit gross price times the quantity, rounded half up to a grosz', () => {
		expect(lineGrossGrosze('123', '2', 'Price')).toBe(24600);
		expect(lineGrossGrosze('10.01', '2.5', 'Price')).toBe(2503); // 25.025 → 25.03
		expect(lineGrossGrosze('0.01', '0.4', 'Price')).toBe(0);
		expect(lineGrossGrosze('0.01', '0.5', 'Price')).toBe(1);
	});
});

describe('inFakt payment methods and VAT codes', () => {
	test('canonical payment methods have their v3 names', () => {
		expect(paymentMethodOf('transfer')).toBe('transfer');
		expect(paymentMethodOf('cash')).toBe('cash');
		expect(paymentMethodOf('card')).toBe('card');
		expect(paymentMethodOf('cashOnDelivery')).toBe('delivery');
		expect(paymentMethodOf('cheque')).toBe('check');
		expect(paymentMethodOf('barter')).toBe('barter');
		expect(paymentMethodOf('compensation')).toBe('compensation');
		expect(paymentMethodOf('other')).toBe('other');
		expect(() => paymentMethodOf('bitcoin')).toThrow('inFakt does not support the payment method "bitcoin"');
	});

	test('the VAT codes a line may carry', () => {
		expect(VAT_RATES).toEqual(['23', '8', '5', '0', 'zw', 'np']);
	});

	test('VAT rates of /vat_rates.json become dropdown entries standing for the canonical code; unknown ones are left out', () => {
		expect(vatRateOption({ id: 1, name: '23%', symbol: '23', rate: '0.23' })).toEqual({ name: '23%', value: '23' });
		expect(vatRateOption({ id: 5, name: 'zw', symbol: 'ZW', rate: '0.0' })).toEqual({ name: 'zw', value: 'zw' });
		expect(vatRateOption({ id: 7, name: 'oo', symbol: 'oo', rate: '0.0' })).toBeUndefined();
	});

	test('an e-mail attaches one of the print types, not the two-copy PDFs', () => {
		expect(PRINT_TYPES.map(({ value }) => value)).toEqual(['original', 'copy', 'original_duplicate', 'copy_duplicate', 'duplicate', 'regular']);
	});
});

describe('inFakt invoice bodies', () => {
	test('a net line in grosze, with its unit, PKWiU and discount', () => {
		expect(
			serviceOf({ name: 'Usługa', quantity: '2.5', unitNetPrice: '100.10', vatRate: '23', unit: 'h', classification: '62.01.11', discountPercent: '5' }, 1),
		).toEqual({ name: 'Usługa', tax_symbol: '23', quantity: 2.5, unit_net_price: 10010, unit: 'h', pkwiu: '62.01.11', discount: 5 });
	});

	test('a gross line sends its total as gross_price, for inFakt to derive the net', () => {
		expect(serviceOf({ name: 'Towar', quantity: '3', unitGrossPrice: '12.30', vatRate: '8' }, 2)).toEqual({
			name: 'Towar',
			tax_symbol: '8',
			quantity: 3,
			gross_price: 3690,
		});
	});

	test('a line needs a rate and exactly one price', () => {
		expect(() => checkLine({ name: 'A', unitNetPrice: '1' }, 2)).toThrow('Line item 2: VAT Rate must be one of 23, 8, 5, 0, zw, np');
		expect(() => checkLine({ name: 'A', vatRate: '23' }, 1)).toThrow(/Line item 1: Unit Net Price must be a price/);
		expect(() => checkLine({ name: 'A', vatRate: '23', unitNetPrice: '1', unitGrossPrice: '1.23' }, 1)).toThrow(/Unit Gross Price must be empty/);
	});

	test('an inline buyer goes as client_* fields; the country must be two letters', () => {
		expect(inlineBuyerOf({ name: 'Firma', taxId: '5260250274', city: 'Warszawa', country: 'pl', isPerson: false, streetNumber: '1' })).toEqual({
			client_company_name: 'Firma',
			client_tax_code: '5260250274',
			client_city: 'Warszawa',
			client_country: 'PL',
			client_street_number: '1',
			client_business_activity_kind: 'other_business',
		});
		expect(() => inlineBuyerOf({ name: 'Firma', country: 'Poland' })).toThrow('Buyer Details: Country must be a two-letter country code such as PL or DE (got "Poland")');
	});

	test('the invoice\'s own fields under their wire names, the payment method translated', () => {
		expect(
			invoiceFieldsOf({ kind: 'proforma', number: '1/01/2026', checkDuplicateNumber: true, issueDate: '2026-01-15', dueDate: '2026-01-29', currency: 'eur', paymentMethod: 'cashOnDelivery', vatExemptionReason: '3', splitPayment: false }),
		).toEqual({
			kind: 'proforma',
			number: '1/01/2026',
			check_duplicate_number: true,
			invoice_date: '2026-01-15',
			payment_date: '2026-01-29',
			currency: 'EUR',
			payment_method: 'delivery',
			vat_exemption_reason: 3,
			split_payment: false,
		});
	});

	test('Simplify gives the package\'s invoice shape, amounts as decimals, the UUID as the ID', () => {
		const simple = simplifyInvoice({
			id: 7,
			uuid: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
			number: '3/01/2026',
			kind: 'vat',
			status: 'draft',
			currency: 'PLN',
			invoice_date: '2026-01-15',
			sale_date: '2026-01-15',
			payment_date: '2026-01-29',
			net_price: 20000,
			tax_price: 4600,
			gross_price: 24600,
			paid_price: 0,
			client_company_name: 'Firma',
			client_tax_code: '5260250274',
			client_city: 'Kraków',
			services: [{ name: 'Usługa', quantity: 2, unit: 'szt.', unit_net_price: 10000, tax_symbol: '23', gross_price: 24600 }],
		});
		expect(simple).toEqual({
			id: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
			number: '3/01/2026',
			kind: 'vat',
			status: 'draft',
			issueDate: '2026-01-15',
			saleDate: '2026-01-15',
			dueDate: '2026-01-29',
			currency: 'PLN',
			net: '200.00',
			vat: '46.00',
			gross: '246.00',
			paid: '0.00',
			buyer: { name: 'Firma', taxId: '5260250274', city: 'Kraków' },
			items: [{ name: 'Usługa', quantity: '2', unit: 'szt.', unitNetPrice: '100.00', vatRate: '23', gross: '246.00' }],
			provider: 'infakt',
		});
	});
});

describe('inFakt clients and products', () => {
	test('a client card under wire names', () => {
		expect(clientOf({ name: 'Firma', taxId: '526-025-02-74', postCode: '00-001', country: 'pl', phone: '123', paymentMethod: 'cheque', daysToPayment: 7 })).toEqual({
			company_name: 'Firma',
			nip: '526-025-02-74',
			postal_code: '00-001',
			country: 'PL',
			phone_number: '123',
			payment_method: 'check',
			days_to_payment: 7,
		});
		expect(simplifyClient({ id: 3, first_name: 'Jan', last_name: 'Kowalski', street: 'Prosta', street_number: '1', flat_number: '2', country: 'PL' })).toMatchObject({
			id: '3',
			name: 'Jan Kowalski',
			street: 'Prosta 1/2',
		});
	});

	test('a product\'s prices in grosze both ways', () => {
		expect(productOf({ name: 'Konsultacje', unitNetPrice: '150.5', vatRate: '23', discountPercent: '0' })).toEqual({
			name: 'Konsultacje',
			unit_net_price: 15050,
			tax_symbol: '23',
			discount: '0',
		});
		expect(simplifyProduct({ id: 9, name: 'Konsultacje', unit_net_price: 15050, tax_symbol: '23', unit: 'h', pkwiu: '62.01' })).toEqual({
			id: '9',
			name: 'Konsultacje',
			code: '62.01',
			unitNetPrice: '150.50',
			vatRate: '23',
			unit: 'h',
		});
	});
});

describe('inFakt lists, tasks and refusals', () => {
	test('filters go as q[…] keys, the tax number as digits, the paid state as paid_date_null', () => {
		expect(
			invoiceListQuery({ kind: 'vat', number: '1/01/2026', clientTaxId: 'PL 526-025-02-74', issueDateFrom: '2026-01-01', issueDateTo: '2026-01-31', paidState: 'unpaid', sortBy: 'invoice_date', sortDescending: true }),
		).toEqual({
			'q[kind_eq]': 'vat',
			'q[number_eq]': '1/01/2026',
			'q[clean_client_nip_eq]': '5260250274',
			'q[invoice_date_gteq]': '2026-01-01',
			'q[invoice_date_lteq]': '2026-01-31',
			'q[paid_date_null]': 'true',
			order: 'invoice_date desc',
		});
		expect(invoiceListQuery({ paidState: 'paid' })).toEqual({ 'q[paid_date_null]': 'false' });
	});

	test('a list page is counted by total_count; its next link is not read', () => {
		expect(
			readListPage({ metainfo: { count: 1, total_count: 3, next: 'https://api.infakt.pl/api/v3/v3/invoices.json?offset=1' }, entities: [{ id: 1 }] }),
		).toEqual({ entities: [{ id: 1 }], totalCount: 3 });
		expect(readListPage([{ id: 1 }])).toBeUndefined();
	});

	test('task codes: pending, created, done, failed', () => {
		const base = { invoice_task_reference_number: 'ref' };
		expect(readTask({ ...base, processing_code: 100 })?.state).toBe('pending');
		expect(readTask({ ...base, processing_code: 140 })?.state).toBe('pending');
		expect(readTask({ ...base, processing_code: 201, invoice_uuid: 'u' })).toMatchObject({ state: 'created', invoiceUuid: 'u' });
		expect(readTask({ ...base, processing_code: 200 })?.state).toBe('done');
		expect(readTask({ ...base, processing_code: 422, invoice_errors: 'Data zapłaty nie może być wcześniejsza.' })).toMatchObject({
			state: 'failed',
			errors: 'Data zapłaty nie może być wcześniejsza.',
		});
		expect(readTask({ processing_code: 100 })).toBeUndefined();
	});

	test('refused fields are named as the node names them, line fields with their line', () => {
		expect(fieldLabel('services.1.tax_symbol')).toBe('Line 2, VAT Rate');
		expect(fieldLabel('payment_method')).toBe('Payment Method');
		expect(fieldLabel('some_new_field')).toBe('Some new field');
		expect(describeErrors({ 'services.0.name': ['nie może być puste'], payment_method: ['Proszę wybrać', 'inny'] })).toBe(
			'Line 1, Name: nie może być puste; Payment Method: Proszę wybrać, inny',
		);
		expect(describeErrors('Tekst')).toBe('Tekst');
		expect(describeErrors({})).toBeUndefined();
	});
});
