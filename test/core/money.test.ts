import {
	InvalidValueError,
	decimalToMinorUnits,
	decimalToNumber,
	minorUnitsToDecimal,
	parseDecimal,
} from '../../nodes/core/canonical';

describe('parseDecimal', () => {
	it.each([
		['10.23', '10.23'],
		['10,23', '10.23'],
		[' 10.230 ', '10.23'],
		['007', '7'],
		['2', '2'],
		['2.0', '2'],
		['0.50', '0.5'],
		['.5', '0.5'],
		['5.', '5'],
		['-1,5', '-1.5'],
		['-0.00', '0'],
		['123456789012345678901234.99', '123456789012345678901234.99'],
	])('reads %p as the canonical decimal %p', (input, expected) => {
		expect(parseDecimal(input, 'Price')).toBe(expected);
	});

	it('reads numbers from expressions, such as BitFaktura’s documented total_price_gross 10.23', () => {
		expect(parseDecimal(10.23, 'Total Gross')).toBe('10.23');
		expect(parseDecimal(50, 'Total Gross')).toBe('50');
		expect(parseDecimal(-0, 'Total Gross')).toBe('0');
	});

	it.each(['abc', '1e5', '1E5', '', '   ', '1,234.56', '1.2.3', '--1', '+-1', '10 000', '0x10', '.', '-', 'Infinity'])(
		'refuses %p',
		(input) => {
			expect(() => parseDecimal(input, 'Unit Net Price')).toThrow(InvalidValueError);
		},
	);

	it.each([Number.NaN, Number.POSITIVE_INFINITY, 1e21, 1e-7])('refuses the number %p, which has no plain decimal form', (input) => {
		expect(() => parseDecimal(input, 'Quantity')).toThrow(InvalidValueError);
	});

	it('names the field and echoes the value in its error, so the node can tell the user what to fix', () => {
		let caught: unknown;
		try {
			parseDecimal('abc', 'Line item 2: Unit Net Price');
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(InvalidValueError);
		expect(caught).toBeInstanceOf(Error);
		expect((caught as InvalidValueError).field).toBe('Line item 2: Unit Net Price');
		expect((caught as InvalidValueError).value).toBe('abc');
		expect((caught as Error).message).toBe(
			'Line item 2: Unit Net Price must be a decimal number such as 10.23 or 10,23 (got "abc")',
		);
	});

	it('cuts a very long value in its message', () => {
		expect(() => parseDecimal('x'.repeat(500), 'Price')).toThrow(/got "x{60}…"/);
	});
});

describe('decimalToNumber', () => {
	it('gives the JSON number for services that want numbers, such as iFirma’s CenaJednostkowa', () => {
		expect(decimalToNumber('100', 'Price')).toBe(100);
		expect(decimalToNumber('10.23', 'Price')).toBe(10.23);
		expect(decimalToNumber('10,5', 'Price')).toBe(10.5);
	});

	it('refuses an amount a number cannot carry exactly', () => {
		expect(() => decimalToNumber('12345678901234567.89', 'Price')).toThrow(
			'Price must be a number with at most 15 significant digits (got "12345678901234567.89")',
		);
	});
});

describe('decimalToMinorUnits and minorUnitsToDecimal', () => {
	it.each([
		['12.3', 1230],
		['12,30', 1230],
		['0.01', 1],
		['0', 0],
		['-4.5', -450],
		['1000000', 100000000],
		[19.99, 1999],
	])('moves the point of %p to %p minor units without floats', (input, expected) => {
		expect(decimalToMinorUnits(input, 'Price')).toBe(expected);
	});

	it('refuses a third decimal place instead of rounding it away', () => {
		expect(() => decimalToMinorUnits('1.005', 'Price')).toThrow(InvalidValueError);
	});

	it('refuses a sign the field does not allow', () => {
		expect(() => decimalToMinorUnits('-1', 'Price', 'nonNegative')).toThrow(/Price/);
	});

	it('refuses an amount no number can hold exactly', () => {
		expect(() => decimalToMinorUnits('123456789012345678.00', 'Price')).toThrow(/exactly/);
	});

	it.each([
		[1230, '12.3'],
		['1230', '12.3'],
		[1, '0.01'],
		[0, '0'],
		[-450, '-4.5'],
		[100000000, '1000000'],
	])('reads %p minor units as %p', (input, expected) => {
		expect(minorUnitsToDecimal(input, 'gross_price')).toBe(expected);
	});

	it.each([[12.5], ['12.5'], [null], ['abc']])('refuses %p, which is not a whole number of minor units', (input) => {
		expect(() => minorUnitsToDecimal(input, 'gross_price')).toThrow(/gross_price/);
	});
});
