import type { ResourceModule } from '../../../core/router';
import { createWarehouseDocument } from './create.operation';
import { deleteWarehouseDocument } from './delete.operation';
import { getWarehouseDocument } from './get.operation';
import { getManyWarehouseDocuments } from './getMany.operation';
import { updateWarehouseDocument } from './update.operation';

export const warehouseDocumentResource: ResourceModule = {
	name: 'Warehouse Document',
	value: 'warehouseDocument',
	defaultOperation: 'create',
	operations: [createWarehouseDocument, getWarehouseDocument, getManyWarehouseDocuments, updateWarehouseDocument, deleteWarehouseDocument],
};
