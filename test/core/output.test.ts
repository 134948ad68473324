import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { deleteOperation } from '../../nodes/core/deleteOperation';
import { alphabetical } from '../../nodes/core/fields/common';
import { deleted, simplified, simplifiedAll, wantsSimplified } from '../../nodes/core/output';

/** The one IExecuteFunctions member the output helpers read. */
function withParameters(parameters: IDataObject): IExecuteFunctions {
	return {
		getNodeParameter: (name: string, _itemIndex: number, fallback?: unknown) => parameters[name] ?? fallback,
	} as unknown as IExecuteFunctions;
}

const compact = (record: IDataObject) => ({ id: record.id });

describe('Simplify readers', () => {
	test('Simplify is on where the node does not show the switch', () => {
		expect(wantsSimplified(withParameters({}), 0)).toBe(true);
		expect(simplified(withParameters({}), 0, { id: 1, wide: 'x' }, compact)).toEqual({ id: 1 });
	});

	test('Simplify off gives the service\'s record untouched', () => {
		const record = { id: 1, wide: 'x' };
		expect(wantsSimplified(withParameters({ simplify: false }), 0)).toBe(false);
		expect(simplified(withParameters({ simplify: false }), 0, record, compact)).toBe(record);
	});

	test('a list is simplified record by record, or given back as it came', () => {
		const records = [{ id: 1, wide: 'x' }, { id: 2, wide: 'y' }];
		expect(simplifiedAll(withParameters({ simplify: true }), 0, records, compact)).toEqual([{ id: 1 }, { id: 2 }]);
		expect(simplifiedAll(withParameters({ simplify: false }), 0, records, compact)).toBe(records);
	});
});

describe('Delete', () => {
	test('answers with the ID in the form the service\'s records carry it', () => {
		expect(deleted('f47ac10b-58cc-4372-a567-0e02b2c3d479')).toEqual({ deleted: true, id: 'f47ac10b-58cc-4372-a567-0e02b2c3d479' });
		expect(deleted(123)).toEqual({ deleted: true, id: 123 });
	});

	test('an operation built by deleteOperation is a write that answers what remove gave', async () => {
		const removed: number[] = [];
		const operation = deleteOperation({ label: 'Client', plural: 'Clients', properties: [] }, async (_ctx, itemIndex) => {
			removed.push(itemIndex);
			return '7';
		});
		expect(operation.kind).toBe('write');
		expect(operation.option).toEqual({ value: 'delete', name: 'Delete', action: 'Delete a client' });
		expect(await operation.execute(withParameters({}), 3)).toEqual({ deleted: true, id: '7' });
		expect(removed).toEqual([3]);
	});

	test('a description replaces the standard one only when given', () => {
		const operation = deleteOperation({ label: 'Invoice', plural: 'Invoices', description: 'Delete an invoice for good', properties: [] }, async () => 1);
		expect(operation.option).toEqual({ value: 'delete', name: 'Delete', action: 'Delete an invoice', description: 'Delete an invoice for good' });
	});
});

describe('alphabetical', () => {
	test('sorts fields by the name a user sees, leaving the list given untouched', () => {
		const fields = [{ displayName: 'Tax ID' }, { displayName: 'Bank Account' }, { displayName: 'Email' }];
		expect(alphabetical(fields).map(({ displayName }) => displayName)).toEqual(['Bank Account', 'Email', 'Tax ID']);
		expect(fields[0].displayName).toBe('Tax ID');
	});
});
