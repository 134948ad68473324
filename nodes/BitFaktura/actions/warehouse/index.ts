import type { ResourceModule } from '../../../core/router';
import { createWarehouse } from './create.operation';
import { deleteWarehouse } from './delete.operation';
import { getWarehouse } from './get.operation';
import { getManyWarehouses } from './getMany.operation';
import { updateWarehouse } from './update.operation';

export const warehouseResource: ResourceModule = {
	name: 'Warehouse',
	value: 'warehouse',
	defaultOperation: 'create',
	operations: [createWarehouse, getWarehouse, getManyWarehouses, updateWarehouse, deleteWarehouse],
};
