import { canonicalValue, InvalidValueError, PAYMENT_METHODS } from '../../nodes/core/canonical';

describe('canonicalValue', () => {
	test('reads a canonical value given by expression, forgiving case and spaces', () => {
		expect(canonicalValue(PAYMENT_METHODS, ' CashOnDelivery ', 'Payment Method')).toBe('cashOnDelivery');
		expect(canonicalValue(PAYMENT_METHODS, 'transfer', 'Payment Method')).toBe('transfer');
	});

	test('refuses a value outside the list, naming the field and the values allowed', () => {
		expect(() => canonicalValue(PAYMENT_METHODS, 'bitcoin', 'Payment Method')).toThrow(InvalidValueError);
		expect(() => canonicalValue(PAYMENT_METHODS, 'bitcoin', 'Payment Method')).toThrow(
			`Payment Method must be one of ${PAYMENT_METHODS.join(', ')} (got "bitcoin")`,
		);
	});
});
