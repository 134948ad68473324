import { deleteOperation } from '../../../core/deleteOperation';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { categoryLocator } from './fields';

export const deleteCategory = deleteOperation({ label: 'Category', plural: 'Categories', properties: [categoryLocator] }, async (ctx, itemIndex) => {
	const id = await pickedId(ctx, 'categoryId', itemIndex, 'Category');
	await bitFakturaRequest<unknown>(ctx, 'DELETE', `/categories/${id}.json`, { expect: 'nothing', itemIndex });
	return Number(id);
});
