import { InvalidValueError, normalizeVatRate } from '../../nodes/core/canonical';

describe('normalizeVatRate', () => {
	it.each([
		['23', '23'],
		[23, '23'],
		['23%', '23'],
		[' 8 % ', '8'],
		['05', '5'],
		['0', '0'],
		['20', '20'],
		['9', '9'],
		['7', '7'],
		['14', '14'],
		['100', '100'],
		['ZW', 'zw'],
		[' np ', 'np'],
		['NP', 'np'],
	])('reads %p as the canonical code %p', (input, expected) => {
		expect(normalizeVatRate(input)).toBe(expected);
	});

	it.each(['abc', '', '101', '-5', '5.5', '0.23', '23 %%', 'zwolniony', '1000'])('refuses %p', (input) => {
		expect(() => normalizeVatRate(input)).toThrow(InvalidValueError);
	});

	it('names the field it was given', () => {
		expect(() => normalizeVatRate('abc', 'Line item 1: VAT Rate')).toThrow(
			'Line item 1: VAT Rate must be a whole percentage from 0 to 100, "zw" (exempt) or "np" (not subject to VAT) (got "abc")',
		);
	});
});
