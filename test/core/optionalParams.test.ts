import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { UUID_ID } from '../../nodes/core/fields/locator';
import { optionalDecimal, optionalId, optionalVatRate } from '../../nodes/core/params';

/** The IExecuteFunctions members the readers use; a locator's value is extracted as n8n does. */
function withParameters(parameters: IDataObject): IExecuteFunctions {
	const node = { name: 'Invoicing', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} } as unknown as INode;
	return {
		getNode: () => node,
		getNodeParameter: (name: string, _itemIndex: number, fallback?: unknown, options?: { extractValue?: boolean }) => {
			const value = parameters[name] ?? fallback;
			return options?.extractValue === true && typeof value === 'object' && value !== null ? (value as IDataObject).value : value;
		},
	} as unknown as IExecuteFunctions;
}

describe('optionalId', () => {
	test('a locator left empty, or not there, is no ID', () => {
		expect(optionalId(withParameters({ client: { mode: 'list', value: '' } }), 'client', 0, 'Client')).toBeUndefined();
		expect(optionalId(withParameters({ client: { mode: 'id', value: '  ' } }), 'client', 0, 'Client')).toBeUndefined();
		expect(optionalId(withParameters({}), 'client', 0, 'Client')).toBeUndefined();
	});

	test('a locator filled in gives its ID, checked against the shape', () => {
		expect(optionalId(withParameters({ client: { mode: 'id', value: ' 42 ' } }), 'client', 0, 'Client')).toBe('42');
		const uuid = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
		expect(optionalId(withParameters({ invoice: { mode: 'id', value: uuid } }), 'invoice', 0, 'Invoice', UUID_ID)).toBe(uuid);
	});

	test('an ID of the wrong shape is refused, naming the field', () => {
		expect(() => optionalId(withParameters({ client: { mode: 'id', value: 'abc' } }), 'client', 0, 'Client')).toThrow(NodeOperationError);
		expect(() => optionalId(withParameters({ client: { mode: 'id', value: 'abc' } }), 'client', 0, 'Client')).toThrow('Client must be a whole number, got "abc"');
	});
});

describe('optionalDecimal and optionalVatRate', () => {
	const ctx = withParameters({});

	test('blank is not given', () => {
		expect(optionalDecimal(ctx, 0, '', 'Price')).toBeUndefined();
		expect(optionalDecimal(ctx, 0, null, 'Price')).toBeUndefined();
		expect(optionalVatRate(ctx, 0, ' ', 'VAT Rate', ['23'])).toBeUndefined();
	});

	test('a value is read as the canonical form, within the rule and the rates allowed', () => {
		expect(optionalDecimal(ctx, 0, ' 12.5 ', 'Price', { places: 2, sign: 'nonNegative' })).toBe('12.5');
		expect(optionalVatRate(ctx, 0, '23%', 'VAT Rate', ['23', 'zw'])).toBe('23');
	});

	test('what the rule or the rates refuse is an error naming the field', () => {
		expect(() => optionalDecimal(ctx, 0, '-1', 'Price', { places: 2, sign: 'nonNegative' })).toThrow(NodeOperationError);
		expect(() => optionalDecimal(ctx, 0, '1.234', 'Price', { places: 2, sign: 'nonNegative' })).toThrow(/Price/);
		expect(() => optionalVatRate(ctx, 0, '8', 'VAT Rate', ['23', 'zw'])).toThrow(/VAT Rate/);
	});
});
