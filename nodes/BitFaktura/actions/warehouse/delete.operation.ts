import { deleteOperation } from '../../../core/deleteOperation';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { warehouseLocator } from './fields';

export const deleteWarehouse = deleteOperation({ label: 'Warehouse', plural: 'Warehouses', properties: [warehouseLocator] }, async (ctx, itemIndex) => {
	const id = await pickedId(ctx, 'warehouseId', itemIndex, 'Warehouse');
	await bitFakturaRequest<unknown>(ctx, 'DELETE', `/warehouses/${id}.json`, { expect: 'nothing', itemIndex });
	return Number(id);
});
