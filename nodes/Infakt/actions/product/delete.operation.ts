import { deleteOperation } from '../../../core/deleteOperation';
import { productLocator, readProductId } from '../../locators';
import { infaktRequest } from '../../transport';

export const deleteProduct = deleteOperation({ label: 'Product', plural: 'Products', properties: [productLocator] }, async (ctx, itemIndex) => {
	const id = readProductId(ctx, itemIndex);
	await infaktRequest<unknown>(ctx, 'DELETE', `/products/${id}.json`, { expect: 'nothing', itemIndex });
	return id;
});
