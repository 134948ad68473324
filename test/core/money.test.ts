import {
	InvalidValueError,
	addDecimals,
	decimalToNumber,
	formatMoney,
	fromMinorUnits,
	multiplyDecimals,
	parseDecimal,
	toMinorUnits,
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

describe('toMinorUnits', () => {
	it.each([
		['10.23', 1023n],
		['2', 200n],
		['10.235', 1024n],
		['10.234', 1023n],
		['10.2349', 1023n],
		['0.005', 1n],
		['0.004', 0n],
		['-10.235', -1024n],
		['-0.004', 0n],
	])('turns %p into %p hundredths, rounding half up', (decimal, expected) => {
		expect(toMinorUnits(decimal)).toBe(expected);
	});

	it('counts in any scale', () => {
		expect(toMinorUnits('1.5', 0)).toBe(2n);
		expect(toMinorUnits('1.2345', 3)).toBe(1235n);
		expect(toMinorUnits('12345678901234567890.12')).toBe(1234567890123456789012n);
	});

	it('refuses what is not a decimal string, and a negative or fractional scale', () => {
		expect(() => toMinorUnits('10,23')).toThrow(InvalidValueError);
		expect(() => toMinorUnits('1e3')).toThrow(InvalidValueError);
		expect(() => toMinorUnits('1', -1)).toThrow(RangeError);
		expect(() => toMinorUnits('1', 1.5)).toThrow(RangeError);
	});
});

describe('fromMinorUnits', () => {
	it('turns inFakt v3 grosze back into canonical decimals', () => {
		expect(fromMinorUnits(12300)).toBe('123');
		expect(fromMinorUnits(1023)).toBe('10.23');
		expect(fromMinorUnits(5)).toBe('0.05');
		expect(fromMinorUnits(-150)).toBe('-1.5');
		expect(fromMinorUnits(0)).toBe('0');
		expect(fromMinorUnits('1234567890123456789012')).toBe('12345678901234567890.12');
		expect(fromMinorUnits(1234n, 3)).toBe('1.234');
	});

	it('refuses fractions and unsafe numbers, which are not whole counts', () => {
		expect(() => fromMinorUnits(10.5)).toThrow(InvalidValueError);
		expect(() => fromMinorUnits(2 ** 60)).toThrow(InvalidValueError);
		expect(() => fromMinorUnits('12.5')).toThrow(InvalidValueError);
	});
});

describe('addDecimals', () => {
	it('adds exactly where floats drift', () => {
		expect(0.1 + 0.2).not.toBe(0.3);
		expect(addDecimals('0.1', '0.2')).toBe('0.3');
	});

	it('adds BitFaktura’s documented example lines 10.23 and 50 × 2', () => {
		expect(addDecimals('10.23', multiplyDecimals('2', '50'))).toBe('110.23');
	});

	it('adds any number of values, of any scale and sign', () => {
		expect(addDecimals('1.005', '2', '-0.5')).toBe('2.505');
		expect(addDecimals('-10.5', '10.5')).toBe('0');
		expect(addDecimals()).toBe('0');
	});
});

describe('multiplyDecimals', () => {
	it('computes quantity × price exactly and rounds to cents half up', () => {
		expect(multiplyDecimals('3', '19.99')).toBe('59.97');
		expect(multiplyDecimals('1.5', '0.01')).toBe('0.02');
		expect(multiplyDecimals('0.333', '3')).toBe('1');
		expect(multiplyDecimals('2.5', '1.01')).toBe('2.53');
		expect(multiplyDecimals('-2', '1.005')).toBe('-2.01');
	});

	it('does not drift where floats do', () => {
		expect(1.1 * 3).not.toBe(3.3);
		expect(multiplyDecimals('1.1', '3')).toBe('3.3');
	});

	it('rounds to another scale when asked', () => {
		expect(multiplyDecimals('1.2345', '2', 3)).toBe('2.469');
	});
});

describe('formatMoney', () => {
	it.each([
		['2', '2.00'],
		['10.5', '10.50'],
		['10.235', '10.24'],
		['-0.004', '0.00'],
		['-1.5', '-1.50'],
		['0.05', '0.05'],
	])('writes %p as %p', (decimal, expected) => {
		expect(formatMoney(decimal)).toBe(expected);
	});

	it('writes other scales', () => {
		expect(formatMoney('10.5', 0)).toBe('11');
		expect(formatMoney('1', 4)).toBe('1.0000');
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
