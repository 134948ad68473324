import type { ResourceModule } from '../../../core/router';
import { createCategory } from './create.operation';
import { deleteCategory } from './delete.operation';
import { getCategory } from './get.operation';
import { getManyCategories } from './getMany.operation';
import { updateCategory } from './update.operation';

export const categoryResource: ResourceModule = {
	name: 'Category',
	value: 'category',
	defaultOperation: 'create',
	operations: [createCategory, getCategory, getManyCategories, updateCategory, deleteCategory],
};
