import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { deleted } from '../output';
import { warehouseLocator } from './fields';

export const deleteWarehouse: OperationModule = {
	option: standardOperation('delete', 'Warehouse', 'Warehouses'),
	kind: 'write',
	properties: [warehouseLocator],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'warehouseId', itemIndex, 'Warehouse');
		await bitFakturaRequest<unknown>(ctx, 'DELETE', `/warehouses/${id}.json`, { expect: 'nothing', itemIndex });
		return deleted(id);
	},
};
