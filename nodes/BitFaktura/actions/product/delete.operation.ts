import { deleteOperation } from '../../../core/deleteOperation';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { productLocator } from './fields';

export const deleteProduct = deleteOperation({ label: 'Product', plural: 'Products', properties: [productLocator] }, async (ctx, itemIndex) => {
	const id = await pickedId(ctx, 'productId', itemIndex, 'Product');
	await bitFakturaRequest<unknown>(ctx, 'DELETE', `/products/${id}.json`, { expect: 'nothing', itemIndex });
	return Number(id);
});
