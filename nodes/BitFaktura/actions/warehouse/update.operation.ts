import type { IDataObject } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { alphabetical, fieldsCollection } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { wrapped } from '../../mapping/wire';
import { bitFakturaRequest } from '../../transport';
import { warehouseFields, warehouseLocator, warehouseNameField, warehouseRecord } from './fields';

export const updateWarehouse: OperationModule = {
	option: standardOperation('update', 'Warehouse', 'Warehouses'),
	kind: 'write',
	properties: [warehouseLocator, fieldsCollection('updateFields', alphabetical([warehouseNameField, ...warehouseFields]))],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'warehouseId', itemIndex, 'Warehouse');
		const changes = warehouseRecord(readCollection(ctx, 'updateFields', itemIndex));
		if (Object.keys(changes).length === 0) {
			throw inputError(ctx.getNode(), 'No field to update was set', itemIndex, 'Add at least one field under "Update Fields".');
		}
		return await bitFakturaRequest<IDataObject>(ctx, 'PUT', `/warehouses/${id}.json`, { body: wrapped('warehouse', changes), expect: 'object', itemIndex });
	},
};
