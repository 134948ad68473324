import {
	InvalidValueError,
	LookupRequiredError,
	PAYMENT_METHODS,
	PAYMENT_METHOD_CODES,
	UnsupportedValueError,
	paymentMethodFromProvider,
	paymentMethodToProvider,
} from '../../nodes/core/canonical';
import type { ApiDialect, PaymentMethod } from '../../nodes/core/canonical';

describe('payment methods to the services', () => {
	it.each<[ApiDialect, PaymentMethod, string]>([
		['bitfaktura', 'transfer', 'transfer'],
		['bitfaktura', 'cashOnDelivery', 'cash_on_delivery'],
		['infakt', 'cash', 'Gotówka'],
		['infakt', 'card', 'Karta płatnicza'],
		['infakt', 'other', 'Inny'],
		['infaktV3', 'cashOnDelivery', 'delivery'],
		['infaktV3', 'cheque', 'check'],
		['ifirma', 'transfer', 'PRZ'],
		['ifirma', 'cash', 'GTK'],
		['ifirma', 'card', 'KAR'],
		['ifirma', 'cashOnDelivery', 'POB'],
		['ifirma', 'cheque', 'CZK'],
		['ifirma', 'barter', 'BAR'],
		['ifirma', 'compensation', 'KOM'],
		['invbg', 'transfer', 'bank'],
		['invbg', 'cashOnDelivery', 'ondlv'],
		['invbg', 'other', 'other'],
	])('%s writes %s as %p', (dialect, method, code) => {
		expect(paymentMethodToProvider(dialect, method)).toBe(code);
	});

	it('accepts the canonical name in any case, as typed in an expression', () => {
		expect(paymentMethodToProvider('ifirma', 'CashOnDelivery')).toBe('POB');
		expect(paymentMethodToProvider('invbg', ' TRANSFER ')).toBe('bank');
	});

	it('refuses a name that is not canonical and lists the ones that are', () => {
		expect(() => paymentMethodToProvider('bitfaktura', 'wire')).toThrow(InvalidValueError);
		expect(() => paymentMethodToProvider('bitfaktura', 'wire')).toThrow(
			'Payment Method must be one of transfer, cash, card, cashOnDelivery, cheque, barter, compensation, other (got "wire")',
		);
	});

	it('tells the user when the service has no such method instead of dropping it', () => {
		expect(() => paymentMethodToProvider('invbg', 'cheque')).toThrow(UnsupportedValueError);
		expect(() => paymentMethodToProvider('invbg', 'cheque')).toThrow('inv.bg does not support the payment method "cheque"');
		expect(() => paymentMethodToProvider('ifirma', 'other')).toThrow('iFirma does not support the payment method "other"');
	});

	it('passes BitFaktura the user’s own words for "other"', () => {
		expect(paymentMethodToProvider('bitfaktura', 'other', ' Voucher ')).toBe('Voucher');
	});

	it('asks for those words when they are missing', () => {
		expect(() => paymentMethodToProvider('bitfaktura', 'other')).toThrow(
			'Other Payment Method must be a description in your own words (got "")',
		);
		expect(() => paymentMethodToProvider('bitfaktura', 'other', '  ')).toThrow(InvalidValueError);
	});

	it('reports that Afaktury needs the id of its payKind dictionary entry, for every method', () => {
		for (const method of PAYMENT_METHODS) {
			expect(() => paymentMethodToProvider('afaktury', method)).toThrow(LookupRequiredError);
		}
	});

	it('has a row for every canonical method', () => {
		expect(Object.keys(PAYMENT_METHOD_CODES).sort()).toEqual([...PAYMENT_METHODS].sort());
	});
});

describe('payment methods from the services', () => {
	it.each<[ApiDialect, string, PaymentMethod]>([
		['ifirma', 'PRZ', 'transfer'],
		['ifirma', 'GTK', 'cash'],
		['ifirma', 'prz', 'transfer'],
		['invbg', 'bank', 'transfer'],
		['invbg', 'ondlv', 'cashOnDelivery'],
		['infakt', 'Gotówka', 'cash'],
		['infakt', 'Za pobraniem', 'cashOnDelivery'],
		['infaktV3', 'delivery', 'cashOnDelivery'],
		['bitfaktura', 'cash_on_delivery', 'cashOnDelivery'],
	])('%s reads %p as %s', (dialect, code, method) => {
		expect(paymentMethodFromProvider(dialect, code)).toBe(method);
	});

	it('reads BitFaktura’s free-text and unlisted payment types as "other"', () => {
		expect(paymentMethodFromProvider('bitfaktura', 'Voucher')).toBe('other');
		expect(paymentMethodFromProvider('bitfaktura', 'paypal')).toBe('other');
	});

	it('reads a missing method as null', () => {
		expect(paymentMethodFromProvider('ifirma', '')).toBeNull();
		expect(paymentMethodFromProvider('invbg', null)).toBeNull();
		expect(paymentMethodFromProvider('infakt', undefined)).toBeNull();
	});

	it('refuses codes it does not know rather than guessing', () => {
		expect(() => paymentMethodFromProvider('ifirma', 'PAL')).toThrow('iFirma does not support the payment method "PAL"');
		expect(() => paymentMethodFromProvider('infakt', 'Weksel')).toThrow(UnsupportedValueError);
	});

	it('cannot read an Afaktury dictionary id without the dictionary', () => {
		expect(() => paymentMethodFromProvider('afaktury', 3)).toThrow(LookupRequiredError);
	});
});
