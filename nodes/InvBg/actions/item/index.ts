import type { ResourceModule } from '../../../core/router';
import { createItem } from './create.operation';
import { deleteItem } from './delete.operation';
import { getItem } from './get.operation';
import { getManyItems } from './getMany.operation';
import { updateItem } from './update.operation';

export const itemResource: ResourceModule = {
	name: 'Item',
	value: 'item',
	defaultOperation: 'create',
	operations: [createItem, getItem, getManyItems, updateItem, deleteItem],
};
