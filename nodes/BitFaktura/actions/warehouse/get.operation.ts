import type { IDataObject } from 'n8n-workflow';

import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { warehouseLocator } from './fields';

export const getWarehouse: OperationModule = {
	option: standardOperation('get', 'Warehouse', 'Warehouses'),
	kind: 'read',
	properties: [warehouseLocator],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'warehouseId', itemIndex, 'Warehouse');
		return await bitFakturaRequest<IDataObject>(ctx, 'GET', `/warehouses/${id}.json`, { expect: 'object', itemIndex });
	},
};
