import type { INodeProperties } from 'n8n-workflow';

import { readCollection, renameKeys, requireText } from '../../core/params';
import { categoryLocator, warehouseLocator } from '../locators';
import type { FieldsReader } from './record';
import { recordResource } from './record';
import { fieldsCollection } from '../../core/fields/common';

/** Name plus a description: the shape of warehouses and categories. */
function namedRecordFields(extra: INodeProperties[], extraWire: Record<string, string>): { create: FieldsReader; update: FieldsReader } {
	const options: INodeProperties[] = [
		{ displayName: 'Description', name: 'description', type: 'string', default: '' },
		...extra,
	];
	const wire = { description: 'description', ...extraWire };
	return {
		create: {
			fields: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true },
				fieldsCollection('additionalFields', options),
			],
			read: (ctx, i) => ({
				name: requireText(ctx, 'name', i, 'Name'),
				...renameKeys(readCollection(ctx, 'additionalFields', i), wire),
			}),
		},
		update: {
			fields: [
				fieldsCollection('updateFields', [{ displayName: 'Name', name: 'name', type: 'string', default: '' }, ...options]),
			],
			read: (ctx, i) => renameKeys(readCollection(ctx, 'updateFields', i), { name: 'name', ...wire }),
		},
	};
}

export const warehouseResource = recordResource({
	resource: 'warehouse',
	label: 'Warehouse',
	plural: 'Warehouses',
	wrapper: 'warehouse',
	basePath: '/warehouses',
	idField: warehouseLocator(),
	...namedRecordFields([{ displayName: 'Kind', name: 'kind', type: 'string', default: '', description: 'Free label for the kind of warehouse' }], { kind: 'kind' }),
});

export const categoryResource = recordResource({
	resource: 'category',
	label: 'Category',
	plural: 'Categories',
	wrapper: 'category',
	basePath: '/categories',
	idField: categoryLocator(),
	...namedRecordFields([], {}),
});
