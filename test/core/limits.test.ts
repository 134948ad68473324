import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { DecimalRule } from '../../nodes/core/canonical';
import { InvalidValueError, checkLength, decimalToNumber, normalizeVatRate, parseDecimal } from '../../nodes/core/canonical';
import type { LineItemLimits } from '../../nodes/core/fields/lineItems';
import { parseLineItem, readLineItems } from '../../nodes/core/fields/lineItems';
import { checkLengths, requireText } from '../../nodes/core/params';

const QUANTITY: DecimalRule = { places: 4, sign: 'positive' };
const MONEY: DecimalRule = { places: 2, sign: 'any' };

/** What a check threw, for assertions on its message and hint. */
function thrown(run: () => unknown): InvalidValueError {
	try {
		run();
	} catch (error) {
		if (error instanceof InvalidValueError) return error;
		throw error;
	}
	throw new Error('nothing was thrown');
}

describe('parseDecimal with a rule', () => {
	it.each([
		['0.5', QUANTITY, '0.5'],
		['1.2345', QUANTITY, '1.2345'],
		['1.23450000', QUANTITY, '1.2345'],
		['-10.5', MONEY, '-10.5'],
		['0', MONEY, '0'],
		['0', { places: 2, sign: 'nonNegative' }, '0'],
		['-1', { places: 4, sign: 'nonZero' }, '-1'],
		['7', { places: 0, sign: 'positive' }, '7'],
	] as Array<[string, DecimalRule, string]>)('keeps %p under %p as %p', (input, rule, expected) => {
		expect(parseDecimal(input, 'Quantity', rule)).toBe(expected);
	});

	it.each([
		['0', QUANTITY],
		['-0.00', QUANTITY],
		['-1', QUANTITY],
		['0', { places: 4, sign: 'nonZero' }],
		['-0.01', { places: 2, sign: 'nonNegative' }],
		['0.30000000000000004', QUANTITY],
		['1.23456', QUANTITY],
		['10.001', MONEY],
		['7.5', { places: 0, sign: 'positive' }],
	] as Array<[string, DecimalRule]>)('refuses %p under %p', (input, rule) => {
		expect(() => parseDecimal(input, 'Quantity', rule)).toThrow(InvalidValueError);
	});

	it('refuses float noise from an expression instead of rounding it', () => {
		const error = thrown(() => parseDecimal(0.1 + 0.2, 'Line item 1: Quantity', QUANTITY));
		expect(error.message).toBe('Line item 1: Quantity must be a number greater than 0 with at most 4 decimal places (got "0.30000000000000004")');
		expect(error.hint).toBe('Enter a number greater than 0 with at most 4 decimal places. A value with more decimal places is refused rather than rounded.');
	});

	it('names the sign the rule wants', () => {
		expect(thrown(() => parseDecimal('0', 'Q', { places: 4, sign: 'nonZero' })).message).toBe(
			'Q must be a number other than 0 with at most 4 decimal places (got "0")',
		);
		expect(thrown(() => parseDecimal('-1', 'Paid', { places: 1, sign: 'nonNegative' })).message).toBe(
			'Paid must be a number of 0 or more with at most 1 decimal place (got "-1")',
		);
	});

	it('is checked before a number is made for services that want one', () => {
		expect(decimalToNumber('0.5', 'Quantity', QUANTITY)).toBe(0.5);
		expect(() => decimalToNumber('-2', 'Quantity', QUANTITY)).toThrow('Quantity must be a number greater than 0');
	});

	it('still refuses a malformed number first, with no rule-based hint', () => {
		const error = thrown(() => parseDecimal('abc', 'Quantity', QUANTITY));
		expect(error.message).toBe('Quantity must be a decimal number such as 10.23 or 10,23 (got "abc")');
		expect(error.hint).toBeUndefined();
	});
});

describe('normalizeVatRate with the service’s rates', () => {
	const RATES = ['23', '8', '5', '0', 'zw'];

	it.each([
		['23', '23'],
		['23%', '23'],
		[' ZW ', 'zw'],
		['00', '0'],
	])('keeps %p as %p', (input, expected) => {
		expect(normalizeVatRate(input, 'VAT Rate', RATES)).toBe(expected);
	});

	it('refuses a well-formed rate outside the set, naming the field, the value and the allowed rates', () => {
		const error = thrown(() => normalizeVatRate('99', 'Line item 2: VAT Rate', RATES));
		expect(error.message).toBe('Line item 2: VAT Rate must be one of 23, 8, 5, 0, zw (got "99")');
		expect(error.hint).toBe('Use one of the VAT rates the service offers: 23, 8, 5, 0, zw (exempt).');
	});

	it('refuses a code the service does not have', () => {
		expect(() => normalizeVatRate('np', 'VAT Rate', RATES)).toThrow('VAT Rate must be one of 23, 8, 5, 0, zw (got "np")');
	});

	it('without a set, accepts any whole percentage as before', () => {
		expect(normalizeVatRate('99')).toBe('99');
	});
});

describe('checkLength', () => {
	it('keeps a text of exactly the maximum length', () => {
		expect(checkLength('a'.repeat(150), 150, 'Buyer Name')).toBe('a'.repeat(150));
	});

	it('counts characters, not UTF-16 units: an emoji is one character', () => {
		expect(checkLength('😀'.repeat(10), 10, 'Name')).toBe('😀'.repeat(10));
		expect(() => checkLength('😀'.repeat(11), 10, 'Name')).toThrow('Name must be at most 10 characters long, not 11');
	});

	it('refuses 1 MiB of text with a short message that names the field and the length', () => {
		const error = thrown(() => checkLength('x'.repeat(1024 * 1024), 255, 'Buyer Name'));
		expect(error.message).toBe(`Buyer Name must be at most 255 characters long, not 1048576 (got "${'x'.repeat(60)}…")`);
		expect(error.message.length).toBeLessThan(200);
		expect(error.hint).toBe('Shorten it to at most 255 characters; a longer text is refused rather than cut.');
	});
});

const LIMITS: LineItemLimits = {
	numbers: { quantity: QUANTITY, unitNetPrice: MONEY },
	vatRates: ['23', '0', 'zw'],
	maxLengths: { name: 5, unit: 3 },
};

describe('parseLineItem with a service’s limits', () => {
	it('keeps a line on the limits', () => {
		expect(parseLineItem({ name: 'Bread', quantity: '0.5', unitNetPrice: '-1.25', vatRate: '23', unit: 'kg' }, 1, LIMITS)).toEqual({
			name: 'Bread',
			quantity: '0.5',
			unitNetPrice: '-1.25',
			vatRate: '23',
			unit: 'kg',
		});
	});

	it.each([
		[{ name: 'A', quantity: '0' }, 'Line item 3: Quantity must be a number greater than 0 with at most 4 decimal places (got "0")'],
		[{ name: 'A', quantity: '-2' }, 'Line item 3: Quantity must be a number greater than 0'],
		[{ name: 'A', unitNetPrice: '1.005' }, 'Line item 3: Unit Net Price must be a number with at most 2 decimal places (got "1.005")'],
		[{ name: 'A', vatRate: '99' }, 'Line item 3: VAT Rate must be one of 23, 0, zw (got "99")'],
		[{ name: 'Breads' }, 'Line item 3: Name must be at most 5 characters long, not 6'],
		[{ name: 'A', unit: 'pcs.' }, 'Line item 3: Unit must be at most 3 characters long, not 4'],
	])('refuses %p naming the line, the field and the value', (raw, message) => {
		expect(() => parseLineItem(raw, 3, LIMITS)).toThrow(message);
	});

	it('checks the values a partial line gives, too', () => {
		expect(() => parseLineItem({ quantity: '0' }, 1, LIMITS, true)).toThrow('Line item 1: Quantity must be a number greater than 0');
	});
});

/** The few IExecuteFunctions members the parameter readers use. */
function fakeContext(parameters: IDataObject): IExecuteFunctions {
	const node = { name: 'Invoicing', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} } as unknown as INode;
	return {
		getNode: () => node,
		getNodeParameter: (name: string, _itemIndex: number, fallback?: unknown) => parameters[name] ?? fallback,
	} as unknown as IExecuteFunctions;
}

/** What an n8n-facing check threw. */
function refusal(run: () => unknown): NodeOperationError {
	try {
		run();
	} catch (error) {
		if (error instanceof NodeOperationError) return error;
		throw error;
	}
	throw new Error('nothing was thrown');
}

describe('the checks as node errors', () => {
	test('a line refused by its limits is a NodeOperationError on the item, saying what is allowed', () => {
		const ctx = fakeContext({ lineItems: { item: [{ name: 'A', quantity: '1' }, { name: 'B', quantity: '0' }] } });
		const error = refusal(() => readLineItems(ctx, 4, { required: true, limits: LIMITS }));
		expect(error.message).toBe('Line item 2: Quantity must be a number greater than 0 with at most 4 decimal places (got "0")');
		expect(error.description).toContain('Enter a number greater than 0 with at most 4 decimal places');
		expect(error.context.itemIndex).toBe(4);
	});

	test('a required text longer than the service keeps is refused by its label', () => {
		const ctx = fakeContext({ buyerName: 'x'.repeat(151) });
		expect(requireText(fakeContext({ buyerName: 'x'.repeat(150) }), 'buyerName', 0, 'Buyer Name', 150)).toHaveLength(150);
		const error = refusal(() => requireText(ctx, 'buyerName', 0, 'Buyer Name', 150));
		expect(error.message).toMatch(/^Buyer Name must be at most 150 characters long, not 151 \(got "x+…"\)$/);
		expect(error.description).toBe('Shorten it to at most 150 characters; a longer text is refused rather than cut.');
	});

	test('a collection’s texts are named by their display name, after the collection', () => {
		const fields: INodeProperties[] = [
			{ displayName: 'Street', name: 'street', type: 'string', default: '' },
			{ displayName: 'Is Private Person', name: 'isPerson', type: 'boolean', default: false },
		];
		const ctx = fakeContext({});
		expect(() => checkLengths(ctx, 0, { street: 'Prosta 1', isPerson: true }, { street: 10, isPerson: 1 }, fields)).not.toThrow();
		const error = refusal(() => checkLengths(ctx, 0, { street: 'Aleje Jerozolimskie 1' }, { street: 10 }, fields, 'Buyer Details'));
		expect(error.message).toBe('Buyer Details: Street must be at most 10 characters long, not 21 (got "Aleje Jerozolimskie 1")');
	});
});
