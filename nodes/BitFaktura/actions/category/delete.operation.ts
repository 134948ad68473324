import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { deleted } from '../output';
import { categoryLocator } from './fields';

export const deleteCategory: OperationModule = {
	option: standardOperation('delete', 'Category', 'Categories'),
	kind: 'write',
	properties: [categoryLocator],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'categoryId', itemIndex, 'Category');
		await bitFakturaRequest<unknown>(ctx, 'DELETE', `/categories/${id}.json`, { expect: 'nothing', itemIndex });
		return deleted(id);
	},
};
