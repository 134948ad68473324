import type { ResourceModule } from '../../../core/router';
import { createProduct } from './create.operation';
import { deleteProduct } from './delete.operation';
import { getProduct } from './get.operation';
import { getManyProducts } from './getMany.operation';
import { updateProduct } from './update.operation';

export const productResource: ResourceModule = {
	name: 'Product',
	value: 'product',
	defaultOperation: 'create',
	operations: [createProduct, getProduct, getManyProducts, updateProduct, deleteProduct],
};
