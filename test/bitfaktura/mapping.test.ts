import { documentKindOf, paymentTypeOf, taxOf, vatRateOf } from '../../nodes/BitFaktura/mapping/codes';
import { emailQuery, invoiceDetailsOf, invoiceListQuery, lacksPositions, orderSearchQuery, positionOf, simplifyInvoice } from '../../nodes/BitFaktura/mapping/invoice';
import { logInBody, newAccountBody, newUserBody, withoutPassword } from '../../nodes/BitFaktura/mapping/partner';
import { paymentOf, simplifyPayment, simplifyWarehouseDocument, warehouseDocumentOf } from '../../nodes/BitFaktura/mapping/records';
import { invoiceLabel, paymentLabel, warehouseDocumentLabel } from '../../nodes/BitFaktura/mapping/search';

describe('BitFaktura codes', () => {
	test('VAT rates go as numbers, zw and np as words, and read back in every spelling old records use', () => {
		expect([taxOf('23'), taxOf('0'), taxOf('zw'), taxOf('np')]).toEqual([23, 0, 'zw', 'np']);
		expect([vatRateOf('23'), vatRateOf(20), vatRateOf('7.0'), vatRateOf('ZW'), vatRateOf('nie podlega'), vatRateOf('n/a')]).toEqual(['23', '20', '7', 'zw', 'np', 'np']);
		expect([vatRateOf(null), vatRateOf(''), vatRateOf('disabled'), vatRateOf('23.5')]).toEqual([null, null, 'disabled', '23.5']);
	});

	test('payment methods have their payment_type; other prints the user\'s own words', () => {
		expect(paymentTypeOf('cashOnDelivery')).toBe('cash_on_delivery');
		expect(paymentTypeOf('Transfer')).toBe('transfer');
		expect(paymentTypeOf('other', ' PayPal ')).toBe('PayPal');
		expect(() => paymentTypeOf('other', '')).toThrow('Payment Method Text must be a description in your own words');
		expect(() => paymentTypeOf('bitcoin')).toThrow('Payment Method must be one of');
	});

	test('document kinds with a canonical name read as it; the others as null', () => {
		expect([documentKindOf('vat'), documentKindOf('vat_rr'), documentKindOf('receipt'), documentKindOf(undefined)]).toEqual(['vat', 'vatRr', null, null]);
	});
});

describe('BitFaktura invoice fields', () => {
	test('the API page\'s positions: name, tax, gross total and quantity', () => {
		expect(positionOf({ name: 'Produkt A1', vatRate: '23', totalGross: '10.23', quantity: '1' })).toEqual({ name: 'Produkt A1', tax: 23, total_price_gross: '10.23', quantity: '1' });
		expect(positionOf({ name: '', productId: '333', quantity: '2' })).toEqual({ product_id: 333, quantity: '2' });
	});

	test('the API page\'s "existing client and product" invoice: a payment term instead of a due date', () => {
		expect(invoiceDetailsOf({ paymentTermDays: 5, departmentId: '222' })).toEqual({ payment_to_kind: 5, department_id: '222' });
		expect(invoiceDetailsOf({ paymentTermDays: 5, dueDate: '2024-12-22' })).toEqual({ payment_to: '2024-12-22' });
		expect(invoiceDetailsOf({ orderId: 'nr_zam', refuseDuplicateOrderId: true, isCost: true })).toEqual({ oid: 'nr_zam', oid_unique: 'yes', income: 0 });
	});

	test('a create answer without positions is read back; the order look-up asks for positions too', () => {
		expect(lacksPositions({ id: 1, number: '1/12/2024' })).toBe(true);
		expect(lacksPositions({ id: 1, positions: [] })).toBe(false);
		expect(orderSearchQuery('shop-42')).toEqual({ oid: 'shop-42', period: 'all', include_positions: true });
	});

	test('list filters: one kind or several, the order descending, costs only when asked', () => {
		expect(invoiceListQuery({ kinds: ['vat'], order: 'price_gross', descending: true, income: 'yes' })).toEqual({ kind: 'vat', order: 'price_gross.desc' });
		expect(invoiceListQuery({ kinds: ['vat', 'proforma'], income: 'no', includePositions: true })).toEqual({ kinds: ['vat', 'proforma'], income: 'no', include_positions: true });
	});

	test('send by email: recipients as one comma list, the PDF only when asked', () => {
		expect(emailQuery({ to: ['a@x.io', 'b@x.io'], cc: [], attachPdf: true, updateBuyerEmail: false })).toEqual({ email_to: 'a@x.io,b@x.io', email_pdf: true });
		expect(emailQuery({ to: [], cc: ['c@x.io'], attachPdf: false, updateBuyerEmail: true, printOption: 'copy' })).toEqual({ email_cc: 'c@x.io', update_buyer_email: true, print_option: 'copy' });
	});

	test('Simplify reads a captured invoice (amounts as strings, tax as text) into the canonical shape', () => {
		const simple = simplifyInvoice({
			id: 100,
			number: '1/01/2018',
			kind: 'vat',
			status: 'issued',
			issue_date: '2018-01-03',
			price_net: '58.32',
			price_tax: '13.41',
			price_gross: '71.73',
			paid: '0.0',
			buyer_name: 'Client1 SA',
			positions: [{ name: 'Produkt A1', quantity: '13.0', price_net: '4.49', tax: '23', total_price_gross: '71.73' }],
		});
		expect(simple).toMatchObject({ id: '100', kind: 'vat', gross: '71.73', paid: '0.00', buyer: { name: 'Client1 SA', taxId: null }, provider: 'bitfaktura' });
		expect(simple.items).toEqual([{ name: 'Produkt A1', quantity: '13', unit: null, unitNetPrice: '4.49', vatRate: '23', gross: '71.73' }]);
	});
});

describe('BitFaktura records', () => {
	test('the API page\'s full payment example, field by field', () => {
		expect(
			paymentOf({
				name: 'Plantnosc za produkt1',
				amount: '100.00',
				currency: 'PLN',
				description: 'abonament roczny',
				payerEmail: 'email@email.pl',
				payerFirstName: 'Jan',
				payerLastName: 'Kowalski',
				paid: true,
				productId: '1',
				quantity: '1',
				provider: 'transfer',
				invoiceBuyer: { name: 'Company name', taxId: '6272616681', street: 'street 52', city: 'Warszawa', postCode: '00-112' },
				fromApi: true,
			}),
		).toEqual({
			name: 'Plantnosc za produkt1',
			price: '100.00',
			currency: 'PLN',
			description: 'abonament roczny',
			email: 'email@email.pl',
			first_name: 'Jan',
			last_name: 'Kowalski',
			paid: true,
			product_id: 1,
			quantity: '1',
			provider: 'transfer',
			generate_invoice: true,
			invoice_name: 'Company name',
			invoice_tax_no: '6272616681',
			invoice_street: 'street 52',
			invoice_city: 'Warszawa',
			invoice_post_code: '00-112',
			kind: 'api',
		});
		expect(paymentOf({ invoiceIds: [1] })).toEqual({ invoice_id: 1 });
		expect(paymentOf({ invoiceIds: [1, 2] })).toEqual({ invoice_ids: [1, 2] });
	});

	test('a payment simplified: one invoice or several, and what the service left out as null', () => {
		expect(simplifyPayment({ id: 7, name: 'P', price: '10.00', paid: true, invoice_id: 3 })).toEqual({
			id: '7',
			name: 'P',
			amount: '10.00',
			currency: null,
			paid: true,
			date: null,
			invoiceIds: ['3'],
			clientId: null,
			orderId: null,
		});
		expect(simplifyPayment({ id: 8, invoice_ids: [3, 4], invoice_id: 3 }).invoiceIds).toEqual(['3', '4']);
		expect(simplifyPayment({ id: 9, price: '100.0' }).amount).toBe('100.00');
	});

	test('the API page\'s goods-issued document: lines by product ID with their sale price', () => {
		expect(
			warehouseDocumentOf({
				kind: 'wz',
				warehouseId: '1',
				issueDate: '2024-12-15',
				departmentName: 'Department1 SA',
				clientName: 'Client1 SA',
				lines: [{ productId: '333', vatRate: '23', unitNetPrice: '10.23', quantity: '1' }],
			}),
		).toEqual({
			kind: 'wz',
			warehouse_id: 1,
			issue_date: '2024-12-15',
			department_name: 'Department1 SA',
			client_name: 'Client1 SA',
			warehouse_actions: [{ product_id: 333, tax: 23, price_net: '10.23', quantity: '1' }],
		});
		expect(simplifyWarehouseDocument({ id: 5, kind: 'mm', warehouse_actions: [{ product_id: 9, warehouse2_id: 2, quantity: '1.0' }] }).items).toEqual([
			{ productId: '9', name: null, quantity: '1', unitNetPrice: null, purchaseNetPrice: null, targetWarehouseId: '2' },
		]);
	});
});

describe('BitFaktura partner bodies', () => {
	test('the API page\'s account with its owner and company', () => {
		expect(
			newAccountBody(
				'prefix1',
				{ login: 'login1', email: 'email1@email.pl', password: 'password1', partnerCode: 'PARTNER_CODE' },
				{ name: 'Company1', taxId: '5252445700', postCode: '00-112', city: 'Warsaw', street: 'Street 1/10', person: 'Jan Nowak', bank: 'Bank1', bankAccount: '111222333444555666111' },
			),
		).toEqual({
			account: { prefix: 'prefix1' },
			user: { login: 'login1', email: 'email1@email.pl', password: 'password1', from_partner: 'PARTNER_CODE' },
			company: {
				name: 'Company1',
				tax_no: '5252445700',
				post_code: '00-112',
				city: 'Warsaw',
				street: 'Street 1/10',
				person: 'Jan Nowak',
				bank: 'Bank1',
				bank_account: '111222333444555666111',
			},
		});
		expect(newAccountBody('ftprefix', {}, {})).toEqual({ account: { prefix: 'ftprefix' } });
	});

	test('users and logins as the API page shows them, and a password never echoed back', () => {
		expect(newUserBody('email29052@fakturowytmail.pl', 'your_secret_password')).toEqual({ user: { email: 'email29052@fakturowytmail.pl', password: 'your_secret_password' } });
		expect(logInBody('email29052@fakturowytmail.pl', 'your_secret_password')).toEqual({ login: 'email29052@fakturowytmail.pl', password: 'your_secret_password' });
		expect(withoutPassword({ login: 'a', password: 'b', api_token: 'c' })).toEqual({ login: 'a', api_token: 'c' });
	});
});

describe('BitFaktura list labels', () => {
	test('invoices, payments and warehouse documents show what tells them apart, leaving out what is missing', () => {
		expect(invoiceLabel({ id: 1, number: '1/12/2024', buyer_name: 'Client1 SA', price_gross: '60.23', currency: 'UAH' })).toBe('1/12/2024 · Client1 SA · 60.23 UAH');
		expect(invoiceLabel({ id: 2 })).toBe('#2');
		expect(paymentLabel({ id: 3, name: 'Payment 001', price: '100.05' })).toBe('Payment 001 · 100.05');
		expect(warehouseDocumentLabel({ id: 4, kind: 'pz', number: '1/12/2024' })).toBe('PZ 1/12/2024');
	});
});
